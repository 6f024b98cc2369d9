"""`client.text_to_speech`: the operations of group `text_to_speech`, as methods of TextToSpeechResource and AsyncTextToSpeechResource."""

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

    from ...models.audio_with_timestamps_response_model import AudioWithTimestampsResponseModel
    from ...models.body_text_to_speech_full import BodyTextToSpeechFull
    from ...models.body_text_to_speech_full_apply_text_normalization import BodyTextToSpeechFullApplyTextNormalization
    from ...models.body_text_to_speech_full_with_timestamps import BodyTextToSpeechFullWithTimestamps
    from ...models.body_text_to_speech_full_with_timestamps_apply_text_normalization import (
        BodyTextToSpeechFullWithTimestampsApplyTextNormalization,
    )
    from ...models.body_text_to_speech_stream import BodyTextToSpeechStream
    from ...models.body_text_to_speech_stream_apply_text_normalization import (
        BodyTextToSpeechStreamApplyTextNormalization,
    )
    from ...models.body_text_to_speech_stream_with_timestamps import BodyTextToSpeechStreamWithTimestamps
    from ...models.body_text_to_speech_stream_with_timestamps_apply_text_normalization import (
        BodyTextToSpeechStreamWithTimestampsApplyTextNormalization,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.pronunciation_dictionary_version_locator_request_model import (
        PronunciationDictionaryVersionLocatorRequestModel,
    )
    from ...models.streaming_audio_chunk_with_timestamps_response_model import (
        StreamingAudioChunkWithTimestampsResponseModel,
    )
    from ...models.text_to_speech_convert_output_format_of_the_generated_audio import (
        TextToSpeechConvertOutputFormatOfTheGeneratedAudio,
    )
    from ...models.text_to_speech_convert_with_timestamps_output_format_of_the_generated_audio import (
        TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
    )
    from ...models.text_to_speech_stream_output_format_of_the_generated_audio import (
        TextToSpeechStreamOutputFormatOfTheGeneratedAudio,
    )
    from ...models.text_to_speech_stream_with_timestamps_output_format_of_the_generated_audio import (
        TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio,
    )
    from ...models.voice_settings_response_model import VoiceSettingsResponseModel
    from ...types import File
from . import (
    text_to_speech_convert,
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream,
    text_to_speech_stream_with_timestamps,
)


def _parse_text_to_speech_stream_with_timestamps(data: Any) -> StreamingAudioChunkWithTimestampsResponseModel:
    from ...models.body_text_to_speech_stream_with_timestamps import BodyTextToSpeechStreamWithTimestamps
    from ...models.http_validation_error import HTTPValidationError
    from ...models.streaming_audio_chunk_with_timestamps_response_model import (
        StreamingAudioChunkWithTimestampsResponseModel,
    )
    from ...models.text_to_speech_stream_with_timestamps_output_format_of_the_generated_audio import (
        TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio,
        check_text_to_speech_stream_with_timestamps_output_format_of_the_generated_audio,
    )

    response_200 = StreamingAudioChunkWithTimestampsResponseModel.from_dict(data)

    return response_200


def _parse_text_to_speech_convert_with_timestamps(response: httpx.Response) -> AudioWithTimestampsResponseModel:
    from ...models.audio_with_timestamps_response_model import AudioWithTimestampsResponseModel
    from ...models.body_text_to_speech_full_with_timestamps import BodyTextToSpeechFullWithTimestamps
    from ...models.http_validation_error import HTTPValidationError
    from ...models.text_to_speech_convert_with_timestamps_output_format_of_the_generated_audio import (
        TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
        check_text_to_speech_convert_with_timestamps_output_format_of_the_generated_audio,
    )

    response_200 = AudioWithTimestampsResponseModel.from_dict(loads(response.content))

    return response_200


class TextToSpeechConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechStreamWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `stream_with_timestamps`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechConvertWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `convert_with_timestamps`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechResource:
    """The operations of group `text_to_speech`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TextToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TextToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechFullApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Speech

        Converts text into speech using a voice of your choice and returns audio.

        `POST /v1/text-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_full import BodyTextToSpeechFull

        kwargs = text_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechFull(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechStreamApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Speech Streaming

        Converts text into speech using a voice of your choice and returns audio as an audio stream.

        `POST /v1/text-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_stream import BodyTextToSpeechStream

        kwargs = text_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechStream(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream_with_timestamps(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[StreamingAudioChunkWithTimestampsResponseModel]:
        """Text To Speech Streaming With Timestamps

        Converts text into speech using a voice of your choice and returns a stream of JSONs containing
        audio as a base64 encoded string together with information on when which character was spoken.

        `POST /v1/text-to-speech/{voice_id}/stream/with-timestamps`; one object per line, each yielded as it arrives.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_stream_with_timestamps import BodyTextToSpeechStreamWithTimestamps

        kwargs = text_to_speech_stream_with_timestamps._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechStreamWithTimestamps(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream_lines(kwargs, _parse_text_to_speech_stream_with_timestamps, request_options)

    def convert_with_timestamps(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | Unset = UNSET,
        next_request_ids: builtins.list[str] | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AudioWithTimestampsResponseModel:
        """Text To Speech With Timestamps

        Generate speech from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-speech/{voice_id}/with-timestamps`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_full_with_timestamps import BodyTextToSpeechFullWithTimestamps

        kwargs = text_to_speech_convert_with_timestamps._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechFullWithTimestamps(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.request(kwargs, _parse_text_to_speech_convert_with_timestamps, request_options)


class TextToSpeechResourceWithRawResponse:
    """`TextToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TextToSpeechResource) -> None:
        self.convert = raw_response(resource.convert)
        self.stream = raw_response(resource.stream)
        self.stream_with_timestamps = raw_response(resource.stream_with_timestamps)
        self.convert_with_timestamps = raw_response(resource.convert_with_timestamps)


class AsyncTextToSpeechResource:
    """The operations of group `text_to_speech`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTextToSpeechResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTextToSpeechResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechFullApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Speech

        Converts text into speech using a voice of your choice and returns audio.

        `POST /v1/text-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_full import BodyTextToSpeechFull

        kwargs = text_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechFull(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechStreamApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Speech Streaming

        Converts text into speech using a voice of your choice and returns audio as an audio stream.

        `POST /v1/text-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_stream import BodyTextToSpeechStream

        kwargs = text_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechStream(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream_with_timestamps(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[StreamingAudioChunkWithTimestampsResponseModel]:
        """Text To Speech Streaming With Timestamps

        Converts text into speech using a voice of your choice and returns a stream of JSONs containing
        audio as a base64 encoded string together with information on when which character was spoken.

        `POST /v1/text-to-speech/{voice_id}/stream/with-timestamps`; one object per line, each yielded as it arrives.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_stream_with_timestamps import BodyTextToSpeechStreamWithTimestamps

        kwargs = text_to_speech_stream_with_timestamps._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechStreamWithTimestamps(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return self._requester.stream_lines(kwargs, _parse_text_to_speech_stream_with_timestamps, request_options)

    async def convert_with_timestamps(
        self,
        voice_id: str,
        text: str,
        *,
        model_id: str | Unset = "eleven_multilingual_v2",
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | VoiceSettingsResponseModel = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | Unset = UNSET,
        next_request_ids: builtins.list[str] | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = False,
        apply_text_normalization: BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset = "auto",
        apply_language_text_normalization: bool | Unset = False,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AudioWithTimestampsResponseModel:
        """Text To Speech With Timestamps

        Generate speech from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-speech/{voice_id}/with-timestamps`.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.body_text_to_speech_full_with_timestamps import BodyTextToSpeechFullWithTimestamps

        kwargs = text_to_speech_convert_with_timestamps._get_kwargs(
            voice_id=voice_id,
            body=BodyTextToSpeechFullWithTimestamps(
                text=text,
                model_id=model_id,
                language_code=language_code,
                voice_settings=voice_settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                previous_text=previous_text,
                next_text=next_text,
                previous_request_ids=previous_request_ids,
                next_request_ids=next_request_ids,
                use_pvc_as_ivc=use_pvc_as_ivc,
                apply_text_normalization=apply_text_normalization,
                apply_language_text_normalization=apply_language_text_normalization,
            ),
            enable_logging=enable_logging,
            optimize_streaming_latency=optimize_streaming_latency,
            output_format=output_format,
        )

        return await self._requester.request(kwargs, _parse_text_to_speech_convert_with_timestamps, request_options)


class AsyncTextToSpeechResourceWithRawResponse:
    """`AsyncTextToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToSpeechResource) -> None:
        self.convert = async_raw_response(resource.convert)
        self.stream = async_raw_response(resource.stream)
        self.stream_with_timestamps = async_raw_response(resource.stream_with_timestamps)
        self.convert_with_timestamps = async_raw_response(resource.convert_with_timestamps)
