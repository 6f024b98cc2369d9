"""`client.text_to_dialogue`: the operations of group `text_to_dialogue`, as methods of TextToDialogueResource and AsyncTextToDialogueResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    text_to_dialogue_convert,
    text_to_dialogue_convert_with_timestamps,
    text_to_dialogue_stream,
    text_to_dialogue_stream_with_timestamps,
)


def _parse_text_to_dialogue_stream_with_timestamps(
    data: Any,
) -> models.StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel:
    from ...models.streaming_audio_chunk_with_timestamps_and_voice_segments_response_model import (
        StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel,
    )

    response_200 = StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel.from_dict(data)

    return response_200


def _parse_text_to_dialogue_convert_with_timestamps(
    response: httpx.Response,
) -> models.AudioWithTimestampsAndVoiceSegmentsResponseModel:
    from ...models.audio_with_timestamps_and_voice_segments_response_model import (
        AudioWithTimestampsAndVoiceSegmentsResponseModel,
    )

    response_200 = AudioWithTimestampsAndVoiceSegmentsResponseModel.from_dict(loads(response.content))

    return response_200


class TextToDialogueConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    output_format: models.TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset
    enable_logging: bool | Unset


class TextToDialogueStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset
    enable_logging: bool | Unset


class TextToDialogueStreamWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `stream_with_timestamps`, for passing them on as keyword arguments."""

    output_format: models.AllowedOutputFormats | Unset
    enable_logging: bool | Unset


class TextToDialogueConvertWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `convert_with_timestamps`, for passing them on as keyword arguments."""

    output_format: models.TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
        | Unset = UNSET,
        output_format: models.TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Dialogue (Multi-Voice)

        Converts a list of text and voice ID pairs into speech (dialogue) and returns audio.

        `POST /v1/text-to-dialogue`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset): Output format
                of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz
                sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you
                to be subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz sample rate
                requires you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes
                written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs.
                Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48,
                mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128,
                opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050,
                pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000, wav_22050,
                wav_24000, wav_32000, wav_44100, wav_48000, wav_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
        | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Dialogue (Multi-Voice) Streaming

        Converts a list of text and voice ID pairs into speech (dialogue) and returns an audio stream.

        `POST /v1/text-to-dialogue/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[models.StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
        """Text To Dialogue Streaming With Timestamps

        Converts a list of text and voice ID pairs into speech (dialogue) and returns a stream of JSON blobs
        containing audio as a base64 encoded string and timestamps

        `POST /v1/text-to-dialogue/stream/with-timestamps`; one object per line, each yielded as it arrives.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset = UNSET,
        output_format: models.TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioWithTimestampsAndVoiceSegmentsResponseModel:
        """Text To Dialogue With Timestamps

        Generate dialogue from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-dialogue/with-timestamps`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
                Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with
                22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate
                requires you to be subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz
                sample rate requires you to be subscribed to Pro tier or above. Note that the μ-law format
                (sometimes written mu-law, often approximated as u-law) is commonly used for Twilio audio
                inputs. Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000,
                wav_22050, wav_24000, wav_32000, wav_44100, wav_48000, wav_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
        | Unset = UNSET,
        output_format: models.TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Dialogue (Multi-Voice)

        Converts a list of text and voice ID pairs into speech (dialogue) and returns audio.

        `POST /v1/text-to-dialogue`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (TextToDialogueConvertOutputFormatOfTheGeneratedAudio | Unset): Output format
                of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz
                sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you
                to be subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz sample rate
                requires you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes
                written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs.
                Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48,
                mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128,
                opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050,
                pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000, wav_22050,
                wav_24000, wav_32000, wav_44100, wav_48000, wav_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
        | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Dialogue (Multi-Voice) Streaming

        Converts a list of text and voice ID pairs into speech (dialogue) and returns an audio stream.

        `POST /v1/text-to-dialogue/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset = UNSET,
        output_format: models.AllowedOutputFormats | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[models.StreamingAudioChunkWithTimestampsAndVoiceSegmentsResponseModel]:
        """Text To Dialogue Streaming With Timestamps

        Converts a list of text and voice ID pairs into speech (dialogue) and returns a stream of JSON blobs
        containing audio as a base64 encoded string and timestamps

        `POST /v1/text-to-dialogue/stream/with-timestamps`; one object per line, each yielded as it arrives.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueStreamWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (AllowedOutputFormats | Unset):  One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        inputs: builtins.list[models.DialogueInput],
        *,
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        settings: models.ModelSettingsResponseModel | None | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        apply_text_normalization: models.BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset = UNSET,
        output_format: models.TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioWithTimestampsAndVoiceSegmentsResponseModel:
        """Text To Dialogue With Timestamps

        Generate dialogue from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-dialogue/with-timestamps`.

        Args:
            inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID
                which will be converted into speech. The maximum number of unique voice IDs is 10. For
                reliable generation, keep the total character count across all `inputs[].text` values at or
                below 2,000 characters per request. Longer requests can terminate early in streaming
                responses or return a validation error.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_v3' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue
                generation.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            apply_text_normalization (BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            output_format (TextToDialogueConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
                Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with
                22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate
                requires you to be subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz
                sample rate requires you to be subscribed to Pro tier or above. Note that the μ-law format
                (sometimes written mu-law, often approximated as u-law) is commonly used for Twilio audio
                inputs. Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32,
                mp3_24000_48, mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96,
                opus_48000_128, opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000,
                pcm_22050, pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000,
                wav_22050, wav_24000, wav_32000, wav_44100, wav_48000, wav_8000.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
