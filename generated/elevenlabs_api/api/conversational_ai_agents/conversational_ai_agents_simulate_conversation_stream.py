"""`POST /v1/convai/agents/{agent_id}/simulate-conversation/stream`: Deprecated: Simulates A Conversation (Stream)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_simulates_a_conversation_stream_v1_convai_agents_agent_id_simulate_conversation_stream_post import (
        BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    body: BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/agents/{agent_id}/simulate-conversation/stream".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    body: BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
) -> Any | HttpValidationError | None:
    """Deprecated: Simulates A Conversation (Stream)

    Deprecated. Use the `/v1/convai/agent-testing/create` and `/v1/convai/agents/:agent_id/run-tests`
    endpoints to create and run simulations. Run a conversation between the agent and a simulated user
    and stream back the response. Response is streamed back as partial lists of messages that should be
    concatenated and once the conversation has complete a single final message with the conversation
    analysis will be sent.

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        body
            (BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost):
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
    body: BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
) -> Response[Any | HttpValidationError]:
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
    body: BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
) -> Any | HttpValidationError | None:
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
    body: BodySimulatesAConversationStreamV1ConvaiAgentsAgentIdSimulateConversationStreamPost,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
