"""`GET /v1/convai/agents/{agent_id}/triage-tickets`: List Agent Conversation Tickets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        AgentConversationTicketIssueType,
        AgentConversationTicketSource,
        AgentConversationTicketStatus,
    )
    from ...models.get_agent_conversation_tickets_page_response_model import (
        GetAgentConversationTicketsPageResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    page_size: int | Unset = UNSET,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_conversation_id: None | str | Unset = conversation_id

    params["conversation_id"] = json_conversation_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status

    params["status"] = json_status

    json_sources: list[str] | None | Unset
    if isinstance(sources, Unset):
        json_sources = UNSET
    elif isinstance(sources, list):
        json_sources = []
        for sources_type_0_item_data in sources:
            sources_type_0_item: str = sources_type_0_item_data
            json_sources.append(sources_type_0_item)

    else:
        json_sources = sources

    params["sources"] = json_sources

    json_owner_user_id: None | str | Unset = owner_user_id

    params["owner_user_id"] = json_owner_user_id

    json_assignee_user_id: None | str | Unset = assignee_user_id

    params["assignee_user_id"] = json_assignee_user_id

    json_issue_type: None | str | Unset
    if isinstance(issue_type, Unset):
        json_issue_type = UNSET
    elif isinstance(issue_type, str):
        json_issue_type = issue_type
    else:
        json_issue_type = issue_type

    params["issue_type"] = json_issue_type

    json_label: None | str | Unset = label

    params["label"] = json_label

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/triage-tickets".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentConversationTicketsPageResponseModel | HttpValidationError | None:
    from ...models.get_agent_conversation_tickets_page_response_model import (
        GetAgentConversationTicketsPageResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentConversationTicketsPageResponseModel.from_dict(response.json())

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
    page_size: int | Unset = UNSET,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentConversationTicketsPageResponseModel | HttpValidationError | None:
    """List Agent Conversation Tickets

    List an agent's conversation triage tickets, ordered by most recently created first. These are
    tickets about the agent's own performance on a conversation (for triage with Architect), not tickets
    an agent opens for end users.

    Args:
        agent_id (str):
        page_size (int | Unset): How many agent conversation tickets to return. Can not exceed
            100. Defaults to 100 on the server.
        conversation_id (None | str | Unset): Filter tickets by conversation id.
        status (AgentConversationTicketStatus | None | Unset): Filter tickets by status.
        sources (list[AgentConversationTicketSource] | None | Unset): Filter tickets by how they
            were raised (qa, agent, manual). Repeat the parameter to filter by multiple sources.
        owner_user_id (None | str | Unset): Filter tickets by creator. Use 'agent' for agent-
            raised tickets.
        assignee_user_id (None | str | Unset): Filter tickets by assignee. Use 'unassigned' for
            tickets with no assignee.
        issue_type (AgentConversationTicketIssueType | None | Unset): Filter clusters by issue
            type.
        label (None | str | Unset): Filter tickets by an exact label.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        page_size=page_size,
        conversation_id=conversation_id,
        status=status,
        sources=sources,
        owner_user_id=owner_user_id,
        assignee_user_id=assignee_user_id,
        issue_type=issue_type,
        label=label,
        cursor=cursor,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentConversationTicketsPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        conversation_id=conversation_id,
        status=status,
        sources=sources,
        owner_user_id=owner_user_id,
        assignee_user_id=assignee_user_id,
        issue_type=issue_type,
        label=label,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetAgentConversationTicketsPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            page_size=page_size,
            conversation_id=conversation_id,
            status=status,
            sources=sources,
            owner_user_id=owner_user_id,
            assignee_user_id=assignee_user_id,
            issue_type=issue_type,
            label=label,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    conversation_id: None | str | Unset = UNSET,
    status: AgentConversationTicketStatus | None | Unset = UNSET,
    sources: list[AgentConversationTicketSource] | None | Unset = UNSET,
    owner_user_id: None | str | Unset = UNSET,
    assignee_user_id: None | str | Unset = UNSET,
    issue_type: AgentConversationTicketIssueType | None | Unset = UNSET,
    label: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetAgentConversationTicketsPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        page_size=page_size,
        conversation_id=conversation_id,
        status=status,
        sources=sources,
        owner_user_id=owner_user_id,
        assignee_user_id=assignee_user_id,
        issue_type=issue_type,
        label=label,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
