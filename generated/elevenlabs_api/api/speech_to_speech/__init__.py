"""`client.speech_to_speech`: the operations of group `speech_to_speech`, as methods of SpeechToSpeechResource and AsyncSpeechToSpeechResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Paging,
    Requester,
    RequestOptions,
    ServerSentEvent,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from io import BytesIO
    from typing import cast

    from ...models.body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post import (
        BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost,
    )
    from ...models.body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post_file_format_type_0 import (
        BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0,
    )
    from ...models.body_speech_to_speech_v1_speech_to_speech_voice_id_post import (
        BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost,
    )
    from ...models.body_speech_to_speech_v1_speech_to_speech_voice_id_post_file_format_type_0 import (
        BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.speech_to_speech_convert_output_format_of_the_generated_audio import (
        SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio,
    )
    from ...models.speech_to_speech_stream_output_format_of_the_generated_audio import (
        SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio,
    )
    from ...types import File
from . import speech_to_speech_convert, speech_to_speech_stream


class SpeechToSpeechConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset


class SpeechToSpeechStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset


class SpeechToSpeechResource:
    """The operations of group `speech_to_speech`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> SpeechToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return SpeechToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        voice_id: str,
        audio: FileInput,
        *,
        model_id: str | Unset = "eleven_english_sts_v2",
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = False,
        file_format: BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0 | None | Unset = "other",
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Speech To Speech

        Transform audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_speech_to_speech_v1_speech_to_speech_voice_id_post import (
            BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost,
        )

        kwargs = speech_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost(
                audio=as_file(audio),
                model_id=model_id,
                voice_settings=voice_settings,
                seed=seed,
                remove_background_noise=remove_background_noise,
                file_format=file_format,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        voice_id: str,
        audio: FileInput,
        *,
        model_id: str | Unset = "eleven_english_sts_v2",
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = False,
        file_format: BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0
        | None
        | Unset = "other",
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Speech To Speech Streaming

        Stream audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post import (
            BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost,
        )

        kwargs = speech_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost(
                audio=as_file(audio),
                model_id=model_id,
                voice_settings=voice_settings,
                seed=seed,
                remove_background_noise=remove_background_noise,
                file_format=file_format,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class SpeechToSpeechResourceWithRawResponse:
    """`SpeechToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: SpeechToSpeechResource) -> None:
        self.convert = raw_response(resource.convert)
        self.stream = raw_response(resource.stream)


class AsyncSpeechToSpeechResource:
    """The operations of group `speech_to_speech`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncSpeechToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncSpeechToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        voice_id: str,
        audio: FileInput,
        *,
        model_id: str | Unset = "eleven_english_sts_v2",
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = False,
        file_format: BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0 | None | Unset = "other",
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Speech To Speech

        Transform audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_speech_to_speech_v1_speech_to_speech_voice_id_post import (
            BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost,
        )

        kwargs = speech_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=BodySpeechToSpeechV1SpeechToSpeechVoiceIdPost(
                audio=as_file(audio),
                model_id=model_id,
                voice_settings=voice_settings,
                seed=seed,
                remove_background_noise=remove_background_noise,
                file_format=file_format,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        voice_id: str,
        audio: FileInput,
        *,
        model_id: str | Unset = "eleven_english_sts_v2",
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = False,
        file_format: BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPostFileFormatType0
        | None
        | Unset = "other",
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Speech To Speech Streaming

        Stream audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_speech_to_speech_streaming_v1_speech_to_speech_voice_id_stream_post import (
            BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost,
        )

        kwargs = speech_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=BodySpeechToSpeechStreamingV1SpeechToSpeechVoiceIdStreamPost(
                audio=as_file(audio),
                model_id=model_id,
                voice_settings=voice_settings,
                seed=seed,
                remove_background_noise=remove_background_noise,
                file_format=file_format,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)


class AsyncSpeechToSpeechResourceWithRawResponse:
    """`AsyncSpeechToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSpeechToSpeechResource) -> None:
        self.convert = async_raw_response(resource.convert)
        self.stream = async_raw_response(resource.stream)
