"""`GET /v1/convai/batch-calling/{batch_id}`: Get A Batch Call By Id.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch_call_detailed_response import BatchCallDetailedResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/batch-calling/{batch_id}".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCallDetailedResponse | HttpValidationError | None:
    from ...models.batch_call_detailed_response import BatchCallDetailedResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = BatchCallDetailedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> BatchCallDetailedResponse | HttpValidationError | None:
    """Get A Batch Call By Id.

    Get detailed information about a batch call including all recipients.

    Args:
        batch_id (str):
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BatchCallDetailedResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> BatchCallDetailedResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BatchCallDetailedResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        batch_id=batch_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
