"""`POST /v1/convai/triage-tickets/{agentqa_ticket_id}/comments`: Add Comment To Agent Conversation Ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_ticket_comment_request_model import AddTicketCommentRequestModel
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agentqa_ticket_id: str,
    *,
    body: AddTicketCommentRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/triage-tickets/{agentqa_ticket_id}/comments".format(
            agentqa_ticket_id=quote(str(agentqa_ticket_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AgentConversationTicketResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTicketCommentRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """Add Comment To Agent Conversation Ticket

    Append a comment discussing how to resolve the ticket. Requires viewer access to the ticket's agent.

    Args:
        agentqa_ticket_id (str):
        body (AddTicketCommentRequestModel):
    """

    return sync_detailed(
        agentqa_ticket_id=agentqa_ticket_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTicketCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agentqa_ticket_id=agentqa_ticket_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTicketCommentRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agentqa_ticket_id=agentqa_ticket_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agentqa_ticket_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTicketCommentRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agentqa_ticket_id=agentqa_ticket_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
