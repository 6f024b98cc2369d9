"""`POST /v1/convai/triage-tickets`: Create Agent Conversation Ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
    from ...models.create_agent_conversation_ticket_request_model import CreateAgentConversationTicketRequestModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateAgentConversationTicketRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/triage-tickets",
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
    *,
    client: AuthenticatedClient,
    body: CreateAgentConversationTicketRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """Create Agent Conversation Ticket

    Raise a ticket about an agent's performance on a conversation, for triage with Architect. Provide an
    overall comment and/or turn-level comments describing what went wrong.

    Args:
        body (CreateAgentConversationTicketRequestModel):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentConversationTicketRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAgentConversationTicketRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAgentConversationTicketRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
