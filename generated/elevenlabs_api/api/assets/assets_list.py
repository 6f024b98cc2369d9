"""`GET /v1/assets`: List Assets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.asset_list_response import AssetListResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    json_search: None | str | Unset = search

    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/assets",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetListResponse | HttpValidationError | None:
    from ...models.asset_list_response import AssetListResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AssetListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> AssetListResponse | HttpValidationError | None:
    """List Assets

    List assets in the workspace, most recently created first.

    Args:
        page_size (int | Unset): Number of assets to return. Defaults to 30 on the server.
        cursor (None | str | Unset): Token from a previous response's `next_cursor`. Omit to fetch
            the first page.
        search (None | str | Unset): Optional free-text search filter over asset names.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        cursor=cursor,
        search=search,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[AssetListResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
        search=search,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> AssetListResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            cursor=cursor,
            search=search,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[AssetListResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
        search=search,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
