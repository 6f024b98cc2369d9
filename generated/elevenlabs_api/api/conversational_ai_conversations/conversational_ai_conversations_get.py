"""`GET /v1/convai/conversations/{conversation_id}`: Get Conversation Details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        ConversationalAiConversationsGetFormat,
    )
    from ...models.get_conversation_response_model import GetConversationResponseModel


def _get_kwargs(
    conversation_id: str,
    *,
    format_: ConversationalAiConversationsGetFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetConversationResponseModel | None:
    from ...models.get_conversation_response_model import GetConversationResponseModel

    if response.status_code == 200:
        response_200 = GetConversationResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    format_: ConversationalAiConversationsGetFormat | Unset = UNSET,
) -> Any | GetConversationResponseModel | None:
    """Get Conversation Details

    Get the details of a particular conversation

    Args:
        conversation_id (str):
        format_ (ConversationalAiConversationsGetFormat | Unset): Response format. Defaults to
            'json'. Set to 'opentelemetry' for an OTLP-compatible trace payload using the same
            structure as the post-call webhook. Defaults to 'json' on the server.
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        format_=format_,
    ).parsed


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    format_: ConversationalAiConversationsGetFormat | Unset = UNSET,
) -> Response[Any | GetConversationResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        format_=format_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    format_: ConversationalAiConversationsGetFormat | Unset = UNSET,
) -> Any | GetConversationResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            format_=format_,
        )
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    format_: ConversationalAiConversationsGetFormat | Unset = UNSET,
) -> Response[Any | GetConversationResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        format_=format_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
