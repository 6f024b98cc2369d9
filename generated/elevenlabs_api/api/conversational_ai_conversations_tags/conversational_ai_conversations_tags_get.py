"""`GET /v1/convai/tags/{tag_id}`: Get Conversation Tag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversation_tag_response_model import ConversationTagResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    tag_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/tags/{tag_id}".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationTagResponseModel | HttpValidationError | None:
    from ...models.conversation_tag_response_model import ConversationTagResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConversationTagResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> ConversationTagResponseModel | HttpValidationError | None:
    """Get Conversation Tag

    Get a conversation tag by ID.

    Args:
        tag_id (str):
    """

    return sync_detailed(
        tag_id=tag_id,
        client=client,
    ).parsed


def sync_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConversationTagResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        tag_id=tag_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> ConversationTagResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConversationTagResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        tag_id=tag_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
