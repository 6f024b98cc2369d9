"""`client.conversational_ai.conversations.files`: the operations of group `conversational_ai_conversations_files`, as methods of ConversationalAiConversationsFilesResource and AsyncConversationalAiConversationsFilesResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import FileInput, as_file, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_conversations_files_create, conversational_ai_conversations_files_delete


def _parse_conversational_ai_conversations_files_create(
    response: httpx.Response,
) -> models.ConvAiFileUploadResponseModel:
    from ...models.conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel

    response_200 = ConvAiFileUploadResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_conversations_files_delete(
    response: httpx.Response,
) -> models.ConvAiFileUploadResponseModel:
    from ...models.conv_ai_file_upload_response_model import ConvAiFileUploadResponseModel

    response_200 = ConvAiFileUploadResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiConversationsFilesResource:
    """The operations of group `conversational_ai_conversations_files`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsFilesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsFilesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def create(
        self,
        conversation_id: str,
        file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvAiFileUploadResponseModel:
        """Upload File

        Upload an image or PDF file for a conversation. Returns a unique file ID that can be used to
        reference the file in the conversation.

        `POST /v1/convai/conversations/{conversation_id}/files`.

        Args:
            conversation_id (str):
            file (FileInput): Image or PDF file to upload
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.body_upload_file_v1_convai_conversations_conversation_id_files_post import (
            BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
        )

        kwargs = conversational_ai_conversations_files_create._get_kwargs(
            conversation_id=conversation_id,
            body=BodyUploadFileV1ConvaiConversationsConversationIdFilesPost(
                file=as_file(file),
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_files_create, request_options)

    def delete(
        self,
        conversation_id: str,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvAiFileUploadResponseModel:
        """Delete File Upload

        Remove a file upload from a conversation. Only possible if the file hasn't already been used in the
        conversation.

        `DELETE /v1/convai/conversations/{conversation_id}/files/{file_id}`.

        Args:
            conversation_id (str):
            file_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        check_path_parameter("file_id", file_id)
        kwargs = conversational_ai_conversations_files_delete._get_kwargs(
            conversation_id=conversation_id,
            file_id=file_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_conversations_files_delete, request_options)


class ConversationalAiConversationsFilesResourceWithRawResponse:
    """`ConversationalAiConversationsFilesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsFilesResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)


class AsyncConversationalAiConversationsFilesResource:
    """The operations of group `conversational_ai_conversations_files`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsFilesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsFilesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def create(
        self,
        conversation_id: str,
        file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvAiFileUploadResponseModel:
        """Upload File

        Upload an image or PDF file for a conversation. Returns a unique file ID that can be used to
        reference the file in the conversation.

        `POST /v1/convai/conversations/{conversation_id}/files`.

        Args:
            conversation_id (str):
            file (FileInput): Image or PDF file to upload
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        from ...models.body_upload_file_v1_convai_conversations_conversation_id_files_post import (
            BodyUploadFileV1ConvaiConversationsConversationIdFilesPost,
        )

        kwargs = conversational_ai_conversations_files_create._get_kwargs(
            conversation_id=conversation_id,
            body=BodyUploadFileV1ConvaiConversationsConversationIdFilesPost(
                file=as_file(file),
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_files_create, request_options
        )

    async def delete(
        self,
        conversation_id: str,
        file_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConvAiFileUploadResponseModel:
        """Delete File Upload

        Remove a file upload from a conversation. Only possible if the file hasn't already been used in the
        conversation.

        `DELETE /v1/convai/conversations/{conversation_id}/files/{file_id}`.

        Args:
            conversation_id (str):
            file_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        check_path_parameter("file_id", file_id)
        kwargs = conversational_ai_conversations_files_delete._get_kwargs(
            conversation_id=conversation_id,
            file_id=file_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_conversations_files_delete, request_options
        )


class AsyncConversationalAiConversationsFilesResourceWithRawResponse:
    """`AsyncConversationalAiConversationsFilesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsFilesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
