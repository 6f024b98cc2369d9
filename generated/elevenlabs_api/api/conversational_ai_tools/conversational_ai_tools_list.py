"""`GET /v1/convai/tools`: Get Tools."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        SortDirection,
        ToolSortBy,
        ToolTypeFilter,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.tools_response_model import ToolsResponseModel


def _get_kwargs(
    *,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ToolTypeFilter] | None | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: None | ToolSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_page_size: int | None | Unset = page_size

    params["page_size"] = json_page_size

    params["show_only_owned_documents"] = show_only_owned_documents

    json_created_by_user_id: None | str | Unset = created_by_user_id

    params["created_by_user_id"] = json_created_by_user_id

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = []
        for types_type_0_item_data in types:
            types_type_0_item: str = types_type_0_item_data
            json_types.append(types_type_0_item)

    else:
        json_types = types

    params["types"] = json_types

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, str):
        json_sort_by = sort_by
    else:
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tools",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ToolsResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.tools_response_model import ToolsResponseModel

    if response.status_code == 200:
        response_200 = ToolsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ToolTypeFilter] | None | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: None | ToolSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | ToolsResponseModel | None:
    """Get Tools

    Get all available tools in the workspace.

    Args:
        search (None | str | Unset): If specified, the endpoint returns only tools whose names
            start with this string.
        page_size (int | None | Unset): How many documents to return at maximum. Can not exceed
            100, defaults to 30.
        show_only_owned_documents (bool | Unset): If set to true, the endpoint will return only
            tools owned by you (and not shared from somebody else). Deprecated: use created_by_user_id
            instead. Defaults to False on the server.
        created_by_user_id (None | str | Unset): Filter tools by creator user ID. When set, only
            tools created by this user are returned. Takes precedence over show_only_owned_documents.
            Use '@me' to refer to the authenticated user.
        types (list[ToolTypeFilter] | None | Unset): If present, the endpoint will return only
            tools of the given types.
        sort_direction (SortDirection | Unset):
        sort_by (None | ToolSortBy | Unset): The field to sort the results by
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        search=search,
        page_size=page_size,
        show_only_owned_documents=show_only_owned_documents,
        created_by_user_id=created_by_user_id,
        types=types,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ToolTypeFilter] | None | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: None | ToolSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ToolsResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        search=search,
        page_size=page_size,
        show_only_owned_documents=show_only_owned_documents,
        created_by_user_id=created_by_user_id,
        types=types,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ToolTypeFilter] | None | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: None | ToolSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | ToolsResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            search=search,
            page_size=page_size,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    show_only_owned_documents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    types: list[ToolTypeFilter] | None | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: None | ToolSortBy | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ToolsResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        search=search,
        page_size=page_size,
        show_only_owned_documents=show_only_owned_documents,
        created_by_user_id=created_by_user_id,
        types=types,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
