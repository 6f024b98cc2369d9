"""`GET /v1/assets/{asset_id}`: Get Asset."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.asset_response import AssetResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assets/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetResponse | HttpValidationError | None:
    from ...models.asset_response import AssetResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AssetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> AssetResponse | HttpValidationError | None:
    """Get Asset

    Retrieve a single asset by ID.

    Args:
        asset_id (str): ID of the asset.
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
    ).parsed


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AssetResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        asset_id=asset_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> AssetResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AssetResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        asset_id=asset_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
