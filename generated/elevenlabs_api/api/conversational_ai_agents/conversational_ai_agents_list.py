"""`GET /v1/convai/agents`: List Agents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import AgentSortBy, SortDirection
    from ...models.get_agents_page_response_model import GetAgentsPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_archived: bool | None | Unset = archived

    params["archived"] = json_archived

    params["show_only_owned_agents"] = show_only_owned_agents

    json_created_by_user_id: None | str | Unset = created_by_user_id

    params["created_by_user_id"] = json_created_by_user_id

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
        "url": "/v1/convai/agents",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentsPageResponseModel | HttpValidationError | None:
    from ...models.get_agents_page_response_model import GetAgentsPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentsPageResponseModel.from_dict(response.json())

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
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentsPageResponseModel | HttpValidationError | None:
    """List Agents

    Returns a list of your agents and their metadata.

    Args:
        page_size (int | Unset): How many Agents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        search (None | str | Unset): Search by agents name.
        archived (bool | None | Unset): Filter agents by archived status Defaults to False on the
            server.
        show_only_owned_agents (bool | Unset): If set to true, the endpoint will omit any agents
            that were shared with you by someone else and include only the ones you own. Deprecated:
            use created_by_user_id instead. Defaults to False on the server.
        created_by_user_id (None | str | Unset): Filter agents by creator user ID. When set, only
            agents created by this user are returned. Takes precedence over show_only_owned_agents.
            Use '@me' to refer to the authenticated user.
        sort_direction (SortDirection | Unset):
        sort_by (AgentSortBy | None | Unset): The field to sort the results by
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        search=search,
        archived=archived,
        show_only_owned_agents=show_only_owned_agents,
        created_by_user_id=created_by_user_id,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        archived=archived,
        show_only_owned_agents=show_only_owned_agents,
        created_by_user_id=created_by_user_id,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            search=search,
            archived=archived,
            show_only_owned_agents=show_only_owned_agents,
            created_by_user_id=created_by_user_id,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    show_only_owned_agents: bool | Unset = UNSET,
    created_by_user_id: None | str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    sort_by: AgentSortBy | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        search=search,
        archived=archived,
        show_only_owned_agents=show_only_owned_agents,
        created_by_user_id=created_by_user_id,
        sort_direction=sort_direction,
        sort_by=sort_by,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
