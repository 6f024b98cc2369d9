"""`GET /v1/convai/agents/{agent_id}/topics`: Get Agent Conversation Topics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import SortDirection, TopicSortBy
    from ...models.get_agent_topics_response_model import GetAgentTopicsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_size: int | None | Unset = page_size

    params["page_size"] = json_page_size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction

    params["sort_direction"] = json_sort_direction

    json_from_unix_secs: int | None | Unset = from_unix_secs

    params["from_unix_secs"] = json_from_unix_secs

    json_to_unix_secs: int | None | Unset = to_unix_secs

    params["to_unix_secs"] = json_to_unix_secs

    params["include_evaluation_criteria"] = include_evaluation_criteria

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/topics".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentTopicsResponseModel | HttpValidationError | None:
    from ...models.get_agent_topics_response_model import GetAgentTopicsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentTopicsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentTopicsResponseModel | HttpValidationError | None:
    """Get Agent Conversation Topics

    Returns the latest topic discovery run results for a given agent.

    Args:
        agent_id (str): ID of the agent
        page_size (int | None | Unset): Number of top-level topic groups to return.
        sort_by (TopicSortBy | Unset):
        sort_direction (SortDirection | Unset):
        from_unix_secs (int | None | Unset): Start of the window to view topics for. When set with
            to_unix_secs, the completed daily topic-discovery runs in the range are aggregated
            together, so the window scopes the metrics as well as the topic set. Floored to the start
            of its UTC day because runs cover whole UTC days; aggregated_run_count reports how many
            runs were summed. Omit both bounds to get the single latest run.
        to_unix_secs (int | None | Unset): End of the window to view topics for.
        include_evaluation_criteria (bool | Unset): Include the per-criteria evaluation breakdown
            on each topic's metrics. Pass false to drop it: it dominates the payload and the weighted
            success_rate is returned either way. Defaults to True on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        from_unix_secs=from_unix_secs,
        to_unix_secs=to_unix_secs,
        include_evaluation_criteria=include_evaluation_criteria,
        cursor=cursor,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentTopicsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        from_unix_secs=from_unix_secs,
        to_unix_secs=to_unix_secs,
        include_evaluation_criteria=include_evaluation_criteria,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentTopicsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            sort_by=sort_by,
            sort_direction=sort_direction,
            from_unix_secs=from_unix_secs,
            to_unix_secs=to_unix_secs,
            include_evaluation_criteria=include_evaluation_criteria,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    sort_by: TopicSortBy | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    from_unix_secs: int | None | Unset = UNSET,
    to_unix_secs: int | None | Unset = UNSET,
    include_evaluation_criteria: bool | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentTopicsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        sort_by=sort_by,
        sort_direction=sort_direction,
        from_unix_secs=from_unix_secs,
        to_unix_secs=to_unix_secs,
        include_evaluation_criteria=include_evaluation_criteria,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
