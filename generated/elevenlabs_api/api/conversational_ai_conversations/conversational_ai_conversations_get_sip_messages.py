"""`GET /v1/convai/conversations/{conversation_id}/sip-messages`: Get Sip Messages For A Conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_sip_log_messages_response import GetSipLogMessagesResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    conversation_id: str,
    *,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/{conversation_id}/sip-messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSipLogMessagesResponse | HttpValidationError | None:
    from ...models.get_sip_log_messages_response import GetSipLogMessagesResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetSipLogMessagesResponse.from_dict(response.json())

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
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetSipLogMessagesResponse | HttpValidationError | None:
    """Get Sip Messages For A Conversation

    Get SIP messages associated with a conversation's phone call

    Args:
        conversation_id (str): The id of the conversation you're taking the action on.
        page_size (int | Unset): Defaults to 20 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSipLogMessagesResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetSipLogMessagesResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSipLogMessagesResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
