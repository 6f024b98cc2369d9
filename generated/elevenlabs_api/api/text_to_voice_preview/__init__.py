"""`client.text_to_voice.preview`: the operations of group `text_to_voice_preview`, as methods of TextToVoicePreviewResource and AsyncTextToVoicePreviewResource."""

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
from . import text_to_voice_preview_stream


class TextToVoicePreviewResource:
    """The operations of group `text_to_voice_preview`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TextToVoicePreviewResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TextToVoicePreviewResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def stream(
        self,
        generated_voice_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Voice Preview Streaming

        Stream a voice preview that was created via the /v1/text-to-voice/design endpoint.

        `GET /v1/text-to-voice/{generated_voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            generated_voice_id (str): The generated_voice_id to stream.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("generated_voice_id", generated_voice_id)
        kwargs = text_to_voice_preview_stream._get_kwargs(
            generated_voice_id=generated_voice_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class TextToVoicePreviewResourceWithRawResponse:
    """`TextToVoicePreviewResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TextToVoicePreviewResource) -> None:
        self.stream = raw_response(resource.stream)


class AsyncTextToVoicePreviewResource:
    """The operations of group `text_to_voice_preview`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTextToVoicePreviewResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTextToVoicePreviewResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def stream(
        self,
        generated_voice_id: str,
        *,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Voice Preview Streaming

        Stream a voice preview that was created via the /v1/text-to-voice/design endpoint.

        `GET /v1/text-to-voice/{generated_voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            generated_voice_id (str): The generated_voice_id to stream.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("generated_voice_id", generated_voice_id)
        kwargs = text_to_voice_preview_stream._get_kwargs(
            generated_voice_id=generated_voice_id,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncTextToVoicePreviewResourceWithRawResponse:
    """`AsyncTextToVoicePreviewResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToVoicePreviewResource) -> None:
        self.stream = async_raw_response(resource.stream)
