"""`POST /v1/convai/tags`: Create Conversation Tag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversation_tag_response_model import ConversationTagResponseModel
    from ...models.create_conversation_tag_request_model import CreateConversationTagRequestModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateConversationTagRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/tags",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: CreateConversationTagRequestModel,
) -> ConversationTagResponseModel | HttpValidationError | None:
    """Create Conversation Tag

    Create a new conversation tag for the workspace.

    Args:
        body (CreateConversationTagRequestModel):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateConversationTagRequestModel,
) -> Response[ConversationTagResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateConversationTagRequestModel,
) -> ConversationTagResponseModel | HttpValidationError | None:
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
    body: CreateConversationTagRequestModel,
) -> Response[ConversationTagResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
