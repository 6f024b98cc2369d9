"""`client.text_to_dialogue`: the operations of group `text_to_dialogue`, as methods of TextToDialogueResource and AsyncTextToDialogueResource."""

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

    from ...models.allowed_output_formats import AllowedOutputFormats
    from ...models.audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
    from ...models.body_text_to_dialogue_full_with_timestamps_apply_text_normalization import (
        BodyTextToDialogueFullWithTimestampsApplyTextNormalization,
    )
    from ...models.body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post import (
        BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost,
    )
    from ...models.body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post_apply_text_normalization import (
        BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization,
    )
    from ...models.body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post import (
        BodyTextToDialogueMultiVoiceV1TextToDialoguePost,
    )
    from ...models.body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post_apply_text_normalization import (
        BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization,
    )
    from ...models.body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps
    from ...models.body_text_to_dialogue_stream_with_timestamps_apply_text_normalization import (
        BodyTextToDialogueStreamWithTimestampsApplyTextNormalization,
    )
    from ...models.dialogue_input import DialogueInput
    from ...models.http_validation_error import HTTPValidationError
    from ...models.model_settings_response_model import ModelSettingsResponseModel
    from ...models.pronunciation_dictionary_version_locator_request_model import (
        PronunciationDictionaryVersionLocatorRequestModel,
    )
    from ...models.streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from ...models.text_to_dialogue_convert_output_format_of_the_generated_audio import (
        TextToDialogueConvertOutputFormatOfTheGeneratedAudio,
    )
    from ...models.text_to_dialogue_convert_with_timestamps_output_format_of_the_generated_audio import (
        TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
    )
    from ...types import File
from . import (
    text_to_dialogue_convert,
    text_to_dialogue_convert_with_timestamps,
    text_to_dialogue_stream,
    text_to_dialogue_stream_with_timestamps,
)


def _parse_text_to_dialogue_stream_with_timestamps(
    data: Any,
) -> StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel:
    from ...models.allowed_output_formats import AllowedOutputFormats, check_allowed_output_formats
    from ...models.body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps
    from ...models.http_validation_error import HTTPValidationError
    from ...models.streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )

    response_200 = StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel.from_dict(data)

    return response_200


def _parse_text_to_dialogue_convert_with_timestamps(
    response: httpx.Response,
) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
    from ...models.audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )
    from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps
    from ...models.http_validation_error import HTTPValidationError
    from ...models.text_to_dialogue_convert_with_timestamps_output_format_of_the_generated_audio import (
        TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio,
        check_text_to_dialogue_convert_with_timestamps_output_format_of_the_generated_audio,
    )

    response_200 = AudioWithTimestampsAndVoiceSegmentsResponseModel.from_dict(loads(response.content))

    return response_200


class TextToDialogueConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    output_format: TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset
    enable_logging: bool | Unset


class TextToDialogueStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset
    enable_logging: bool | Unset


class TextToDialogueStreamWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `stream_with_timestamps`, for passing them on as keyword arguments."""

    output_format: AllowedOutputFormats | Unset
    enable_logging: bool | Unset


class TextToDialogueConvertWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `convert_with_timestamps`, for passing them on as keyword arguments."""

    output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset
    enable_logging: bool | Unset


class TextToDialogueResource:
    """The operations of group `text_to_dialogue`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> TextToDialogueResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return TextToDialogueResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
        | Unset = "auto",
        output_format: TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Dialogue (Multi-Voice)

        Converts a list of text and voice ID pairs into speech (dialogue) and returns audio.

        `POST /v1/text-to-dialogue`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        from ...models.body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post import (
            BodyTextToDialogueMultiVoiceV1TextToDialoguePost,
        )

        kwargs = text_to_dialogue_convert._get_kwargs(
            body=BodyTextToDialogueMultiVoiceV1TextToDialoguePost(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
        | Unset = "auto",
        output_format: AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Dialogue (Multi-Voice) Streaming

        Converts a list of text and voice ID pairs into speech (dialogue) and returns an audio stream.

        `POST /v1/text-to-dialogue/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        from ...models.body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post import (
            BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost,
        )

        kwargs = text_to_dialogue_stream._get_kwargs(
            body=BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream_with_timestamps(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset = "auto",
        output_format: AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
        """Text To Dialogue Streaming With Timestamps

        Converts a list of text and voice ID pairs into speech (dialogue) and returns a stream of JSON blobs
        containing audio as a base64 encoded string and timestamps

        `POST /v1/text-to-dialogue/stream/with-timestamps`; one object per line, each yielded as it arrives.
        """

        from ...models.body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps

        kwargs = text_to_dialogue_stream_with_timestamps._get_kwargs(
            body=BodyTextToDialogueStreamWithTimestamps(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream_lines(kwargs, _parse_text_to_dialogue_stream_with_timestamps, request_options)

    def convert_with_timestamps(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset = "auto",
        output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
        """Text To Dialogue With Timestamps

        Generate dialogue from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-dialogue/with-timestamps`.
        """

        from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps

        kwargs = text_to_dialogue_convert_with_timestamps._get_kwargs(
            body=BodyTextToDialogueFullWithTimestamps(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.request(kwargs, _parse_text_to_dialogue_convert_with_timestamps, request_options)


class TextToDialogueResourceWithRawResponse:
    """`TextToDialogueResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: TextToDialogueResource) -> None:
        self.convert = raw_response(resource.convert)
        self.stream = raw_response(resource.stream)
        self.stream_with_timestamps = raw_response(resource.stream_with_timestamps)
        self.convert_with_timestamps = raw_response(resource.convert_with_timestamps)


class AsyncTextToDialogueResource:
    """The operations of group `text_to_dialogue`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncTextToDialogueResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncTextToDialogueResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def convert(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
        | Unset = "auto",
        output_format: TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Dialogue (Multi-Voice)

        Converts a list of text and voice ID pairs into speech (dialogue) and returns audio.

        `POST /v1/text-to-dialogue`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        from ...models.body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post import (
            BodyTextToDialogueMultiVoiceV1TextToDialoguePost,
        )

        kwargs = text_to_dialogue_convert._get_kwargs(
            body=BodyTextToDialogueMultiVoiceV1TextToDialoguePost(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
        | Unset = "auto",
        output_format: AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Dialogue (Multi-Voice) Streaming

        Converts a list of text and voice ID pairs into speech (dialogue) and returns an audio stream.

        `POST /v1/text-to-dialogue/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.
        """

        from ...models.body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post import (
            BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost,
        )

        kwargs = text_to_dialogue_stream._get_kwargs(
            body=BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream(kwargs, chunk_size, request_options)

    def stream_with_timestamps(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset = "auto",
        output_format: AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
        """Text To Dialogue Streaming With Timestamps

        Converts a list of text and voice ID pairs into speech (dialogue) and returns a stream of JSON blobs
        containing audio as a base64 encoded string and timestamps

        `POST /v1/text-to-dialogue/stream/with-timestamps`; one object per line, each yielded as it arrives.
        """

        from ...models.body_text_to_dialogue_stream_with_timestamps import BodyTextToDialogueStreamWithTimestamps

        kwargs = text_to_dialogue_stream_with_timestamps._get_kwargs(
            body=BodyTextToDialogueStreamWithTimestamps(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return self._requester.stream_lines(kwargs, _parse_text_to_dialogue_stream_with_timestamps, request_options)

    async def convert_with_timestamps(
        self,
        inputs: builtins.list[DialogueInput],
        *,
        model_id: str | Unset = "eleven_v3",
        language_code: None | str | Unset = UNSET,
        settings: ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset = "auto",
        output_format: TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AudioWithTimestampsAndVoiceSegmentsResponseModel:
        """Text To Dialogue With Timestamps

        Generate dialogue from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-dialogue/with-timestamps`.
        """

        from ...models.body_text_to_dialogue_full_with_timestamps import BodyTextToDialogueFullWithTimestamps

        kwargs = text_to_dialogue_convert_with_timestamps._get_kwargs(
            body=BodyTextToDialogueFullWithTimestamps(
                inputs=inputs,
                model_id=model_id,
                language_code=language_code,
                settings=settings,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                seed=seed,
                apply_text_normalization=apply_text_normalization,
            ),
            output_format=output_format,
            enable_logging=enable_logging,
        )

        return await self._requester.request(kwargs, _parse_text_to_dialogue_convert_with_timestamps, request_options)


class AsyncTextToDialogueResourceWithRawResponse:
    """`AsyncTextToDialogueResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToDialogueResource) -> None:
        self.convert = async_raw_response(resource.convert)
        self.stream = async_raw_response(resource.stream)
        self.stream_with_timestamps = async_raw_response(resource.stream_with_timestamps)
        self.convert_with_timestamps = async_raw_response(resource.convert_with_timestamps)
