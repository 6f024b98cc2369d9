"""`GET /v1/convai/agent-testing`: List Agent Response Tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        ConversationalAiTestsListSortMode,
        TestSharingMode,
        TestType,
    )
    from ...models.get_tests_page_response_model import GetTestsPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConversationalAiTestsListSortMode | Unset = UNSET,
    sharing_mode: TestSharingMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_parent_folder_id: None | str | Unset = parent_folder_id

    params["parent_folder_id"] = json_parent_folder_id

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

    json_include_folders: bool | None | Unset = include_folders

    params["include_folders"] = json_include_folders

    json_sort_mode: str | Unset = UNSET
    if not isinstance(sort_mode, Unset):
        json_sort_mode = sort_mode

    params["sort_mode"] = json_sort_mode

    json_sharing_mode: str | Unset = UNSET
    if not isinstance(sharing_mode, Unset):
        json_sharing_mode = sharing_mode

    params["sharing_mode"] = json_sharing_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agent-testing",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTestsPageResponseModel | HttpValidationError | None:
    from ...models.get_tests_page_response_model import GetTestsPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetTestsPageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConversationalAiTestsListSortMode | Unset = UNSET,
    sharing_mode: TestSharingMode | Unset = UNSET,
) -> GetTestsPageResponseModel | HttpValidationError | None:
    """List Agent Response Tests

    Lists all agent response tests with pagination support and optional search filtering.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many Tests to return at maximum. Can not exceed 100, defaults
            to 30. Defaults to 30 on the server.
        search (None | str | Unset): Search query to filter tests by name.
        parent_folder_id (None | str | Unset): Filter by parent folder ID. Use 'root' to get items
            in the root folder.
        types (list[TestType] | None | Unset): If present, the endpoint will return only
            tests/folders of the given types.
        include_folders (bool | None | Unset): Deprecated. Use the `types` query param and include
            `folder` instead.
        sort_mode (ConversationalAiTestsListSortMode | Unset): Sort mode for listing tests. Use
            'folders_first' to place folders before tests. Defaults to 'default' on the server.
        sharing_mode (TestSharingMode | Unset):
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        search=search,
        parent_folder_id=parent_folder_id,
        types=types,
        include_folders=include_folders,
        sort_mode=sort_mode,
        sharing_mode=sharing_mode,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConversationalAiTestsListSortMode | Unset = UNSET,
    sharing_mode: TestSharingMode | Unset = UNSET,
) -> Response[GetTestsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        search=search,
        parent_folder_id=parent_folder_id,
        types=types,
        include_folders=include_folders,
        sort_mode=sort_mode,
        sharing_mode=sharing_mode,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConversationalAiTestsListSortMode | Unset = UNSET,
    sharing_mode: TestSharingMode | Unset = UNSET,
) -> GetTestsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            search=search,
            parent_folder_id=parent_folder_id,
            types=types,
            include_folders=include_folders,
            sort_mode=sort_mode,
            sharing_mode=sharing_mode,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    parent_folder_id: None | str | Unset = UNSET,
    types: list[TestType] | None | Unset = UNSET,
    include_folders: bool | None | Unset = UNSET,
    sort_mode: ConversationalAiTestsListSortMode | Unset = UNSET,
    sharing_mode: TestSharingMode | Unset = UNSET,
) -> Response[GetTestsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        search=search,
        parent_folder_id=parent_folder_id,
        types=types,
        include_folders=include_folders,
        sort_mode=sort_mode,
        sharing_mode=sharing_mode,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
