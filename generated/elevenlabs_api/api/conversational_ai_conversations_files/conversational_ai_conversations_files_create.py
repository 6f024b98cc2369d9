"""`POST /v1/convai/conversations/{conversation_id}/files`: Upload File."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_upload_file_v1_convai_conversations_conversation_id_files_post import (
        BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
    )
    from ...models.conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    conversation_id: str,
    *,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/conversations/{conversation_id}/files".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvAiFileUploadResponseModel | HttpValidationError | None:
    from ...models.conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConvAiFileUploadResponseModel.from_dict(response.json())

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
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> ConvAiFileUploadResponseModel | HttpValidationError | None:
    """Upload File

    Upload an image or PDF file for a conversation. Returns a unique file ID that can be used to
    reference the file in the conversation.

    Args:
        conversation_id (str):
        body (BodyUploadFileV1ConvaiConversationsConversationIdFilesPost):
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> Response[ConvAiFileUploadResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> ConvAiFileUploadResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
) -> Response[ConvAiFileUploadResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
