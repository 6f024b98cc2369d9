"""`GET /v1/convai/users`: Get Conversation Users."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import SortDirection, UsersSortBy
    from ...models.get_conversation_users_page_response_model import GetConversationUsersPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: UsersSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_branch_id: None | str | Unset = branch_id

    params["branch_id"] = json_branch_id

    json_call_start_before_unix: int | None | Unset = call_start_before_unix

    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset = call_start_after_unix

    params["call_start_after_unix"] = json_call_start_after_unix

    json_search: None | str | Unset = search

    params["search"] = json_search

    params["page_size"] = page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/users",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationUsersPageResponseModel | HttpValidationError | None:
    from ...models.get_conversation_users_page_response_model import GetConversationUsersPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConversationUsersPageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: UsersSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetConversationUsersPageResponseModel | HttpValidationError | None:
    """Get Conversation Users

    Get distinct users from conversations with pagination.

    Args:
        agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
            resolved to the same underlying resource.
        branch_id (None | str | Unset): Filter conversations by branch ID.
        call_start_before_unix (int | None | Unset): Unix timestamp (in seconds) to filter
            conversations up to this start date.
        call_start_after_unix (int | None | Unset): Unix timestamp (in seconds) to filter
            conversations after to this start date.
        search (None | str | Unset): Search/filter by user ID (exact match).
        page_size (int | Unset): How many users to return at maximum. Defaults to 30. Defaults to
            30 on the server.
        sort_by (UsersSortBy | Unset):
        sort_direction (SortDirection | Unset):
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        branch_id=branch_id,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        search=search,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: UsersSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationUsersPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        search=search,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: UsersSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetConversationUsersPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            branch_id=branch_id,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            search=search,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: None | str | Unset = UNSET,
    branch_id: None | str | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: UsersSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetConversationUsersPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        branch_id=branch_id,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        search=search,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
