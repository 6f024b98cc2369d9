"""`client.conversational_ai.conversations.audio`: the operations of group `conversational_ai_conversations_audio`, as methods of ConversationalAiConversationsAudioResource and AsyncConversationalAiConversationsAudioResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypedDict, Unpack, cast

import httpx

from ... import models
from ...types import UNSET, File, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncMultipartResponse,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    MultipartResponse,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)
from . import conversational_ai_conversations_audio_get


class ConversationalAiConversationsAudioResource:
    """The operations of group `conversational_ai_conversations_audio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiConversationsAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiConversationsAudioResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        conversation_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Get Conversation Audio

        Get the audio recording of a particular conversation

        `GET /v1/convai/conversations/{conversation_id}/audio`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_audio_get._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class ConversationalAiConversationsAudioResourceWithRawResponse:
    """`ConversationalAiConversationsAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiConversationsAudioResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiConversationsAudioResource:
    """The operations of group `conversational_ai_conversations_audio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiConversationsAudioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiConversationsAudioResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        conversation_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Get Conversation Audio

        Get the audio recording of a particular conversation

        `GET /v1/convai/conversations/{conversation_id}/audio`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            conversation_id (str): The id of the conversation you're taking the action on.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("conversation_id", conversation_id)
        kwargs = conversational_ai_conversations_audio_get._get_kwargs(
            conversation_id=conversation_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncConversationalAiConversationsAudioResourceWithRawResponse:
    """`AsyncConversationalAiConversationsAudioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiConversationsAudioResource) -> None:
        self.get = async_raw_response(resource.get)
