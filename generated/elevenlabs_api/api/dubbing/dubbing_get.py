"""`GET /v1/dubbing/{dubbing_id}`: Get Dubbing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_metadata_response import DubbingMetadataResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dubbing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingMetadataResponse | HttpValidationError | None:
    from ...models.dubbing_metadata_response import DubbingMetadataResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingMetadataResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingMetadataResponse | HttpValidationError | None:
    """Get Dubbing

    Returns metadata about a dubbing project, including whether it's still in progress or not

    Args:
        dubbing_id (str): ID of the dubbing project.
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        client=client,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingMetadataResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingMetadataResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingMetadataResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
