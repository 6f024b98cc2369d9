"""`GET /v1/convai/knowledge-base/{documentation_id}/content`: Get Document Content."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    documentation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/content".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | str | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | str | None:
    """Get Document Content

    Get the entire content of a document from the knowledge base

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
    ).parsed


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | str]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | str | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | str]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
