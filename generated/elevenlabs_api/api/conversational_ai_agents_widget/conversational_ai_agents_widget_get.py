"""`GET /v1/convai/agents/{agent_id}/widget`: Get Agent Widget Config."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_agent_embed_response_model import GetAgentEmbedResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    agent_id: str,
    *,
    conversation_signature: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_conversation_signature: None | str | Unset = conversation_signature

    params["conversation_signature"] = json_conversation_signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agents/{agent_id}/widget".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentEmbedResponseModel | HttpValidationError | None:
    from ...models.get_agent_embed_response_model import GetAgentEmbedResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentEmbedResponseModel.from_dict(response.json())

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
    conversation_signature: None | str | Unset = UNSET,
) -> GetAgentEmbedResponseModel | HttpValidationError | None:
    """Get Agent Widget Config

    Retrieve the widget configuration for an agent

    Args:
        agent_id (str): The id of an agent. This is returned on agent creation.
        conversation_signature (None | str | Unset): An expiring token that enables a websocket
            conversation to start. These can be generated for an agent using the
            /v1/convai/conversation/get_signed_url endpoint
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        conversation_signature=conversation_signature,
    ).parsed


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    conversation_signature: None | str | Unset = UNSET,
) -> Response[GetAgentEmbedResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        conversation_signature=conversation_signature,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    conversation_signature: None | str | Unset = UNSET,
) -> GetAgentEmbedResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            conversation_signature=conversation_signature,
        )
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    conversation_signature: None | str | Unset = UNSET,
) -> Response[GetAgentEmbedResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        conversation_signature=conversation_signature,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
