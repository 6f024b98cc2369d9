"""`GET /v1/convai/conversations/{conversation_id}/summary`: Get Conversation Summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_conversation_summary_response_model import GetConversationSummaryResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    conversation_id: str,
    *,
    max_messages: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_messages"] = max_messages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/{conversation_id}/summary".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationSummaryResponseModel | HttpValidationError | None:
    from ...models.get_conversation_summary_response_model import GetConversationSummaryResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConversationSummaryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    max_messages: int | Unset = UNSET,
) -> GetConversationSummaryResponseModel | HttpValidationError | None:
    """Get Conversation Summary

    Get a lightweight summary of a conversation: its title, the generated transcript summary, whether
    the call was successful, and — only when the conversation is short — the plain chat messages. Tool
    calls, tool results, and contextual updates are omitted so the response stays small. Use this
    instead of the full conversation endpoint when you only need the gist (e.g. an agent reading many
    conversations); use GET /v1/convai/conversations/{conversation_id} when you need the full transcript
    with tool calls and contextual updates.

    Args:
        conversation_id (str): The id of the conversation you're taking the action on.
        max_messages (int | Unset): Maximum number of chat message turns to include inline. When
            the conversation has more than this, the messages are omitted and messages_omitted is set.
            Defaults to 40 on the server.
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        max_messages=max_messages,
    ).parsed


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    max_messages: int | Unset = UNSET,
) -> Response[GetConversationSummaryResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_messages=max_messages,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    max_messages: int | Unset = UNSET,
) -> GetConversationSummaryResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            max_messages=max_messages,
        )
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    max_messages: int | Unset = UNSET,
) -> Response[GetConversationSummaryResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        max_messages=max_messages,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
