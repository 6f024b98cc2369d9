"""`POST /v1/convai/agents/{agent_id}/triage-tickets`: Create Manual Agent Ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.agent_conversation_ticket_response_model import AgentConversationTicketResponseModel
    from ...models.create_manual_ticket_request_model import CreateManualTicketRequestModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    body: CreateManualTicketRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/triage-tickets".format(
            agent_id=quote(str(agent_id), safe=""),
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
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateManualTicketRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """Create Manual Agent Ticket

    Manually raise a follow-up ticket against an agent, not tied to any conversation (for example a task
    like 'add the KB about X'). The comment is shown as the ticket title. Requires viewer access to the
    agent.

    Args:
        agent_id (str):
        body (CreateManualTicketRequestModel):
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateManualTicketRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateManualTicketRequestModel,
) -> AgentConversationTicketResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateManualTicketRequestModel,
) -> Response[AgentConversationTicketResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
