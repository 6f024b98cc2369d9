"""`GET /v1/convai/conversations/resolve`: Resolve Conversation Reference."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_conversation_response_model import GetConversationResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    agent_id: str,
    reference: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["reference"] = reference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/resolve",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationResponseModel | HttpValidationError | None:
    from ...models.get_conversation_response_model import GetConversationResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConversationResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    reference: str,
) -> GetConversationResponseModel | HttpValidationError | None:
    """Resolve Conversation Reference

    Resolve a conversation URL (a Slack message URL or a Zendesk ticket URL) to the deterministic
    conversation ID for the given agent, then confirm the conversation exists.

    Args:
        agent_id (str): Agent id (agent_…) or speech engine external id (seng_), resolved to the
            same underlying resource.
        reference (str): A Slack message URL or a Zendesk ticket URL.
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        reference=reference,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    reference: str,
) -> Response[GetConversationResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        reference=reference,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    reference: str,
) -> GetConversationResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            reference=reference,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    reference: str,
) -> Response[GetConversationResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        agent_id=agent_id,
        reference=reference,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
