"""`GET /v1/convai/conversations/messages/smart-search`: Smart Search Conversation Messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.messages_search_response import MessagesSearchResponse


def _get_kwargs(
    *,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text_query"] = text_query

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations/messages/smart-search",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MessagesSearchResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.messages_search_response import MessagesSearchResponse

    if response.status_code == 200:
        response_200 = MessagesSearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | MessagesSearchResponse | None:
    """Smart Search Conversation Messages

    Search conversation transcripts by semantic similarity to surface relevant messages based on meaning
    and intent, rather than exact keyword matches

    Args:
        text_query (str): The search query text for semantic similarity matching
        agent_id (None | str | Unset): Agent id (agent_…) or speech engine external id (seng_),
            resolved to the same underlying resource.
        page_size (int | Unset): Number of results per page. Max 50. Defaults to 20 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        text_query=text_query,
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MessagesSearchResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | MessagesSearchResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            text_query=text_query,
            agent_id=agent_id,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    text_query: str,
    agent_id: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MessagesSearchResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        text_query=text_query,
        agent_id=agent_id,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
