"""`GET /v1/convai/tags`: List Conversation Tags."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_conversation_tags_page_response_model import GetConversationTagsPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tags",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationTagsPageResponseModel | HttpValidationError | None:
    from ...models.get_conversation_tags_page_response_model import GetConversationTagsPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConversationTagsPageResponseModel.from_dict(response.json())

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
) -> GetConversationTagsPageResponseModel | HttpValidationError | None:
    """List Conversation Tags

    List conversation tags for the workspace, ordered by most recently created first.

    Args:
        page_size (int | Unset): How many conversation tags to return. Can not exceed 100.
            Defaults to 100 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationTagsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetConversationTagsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationTagsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
