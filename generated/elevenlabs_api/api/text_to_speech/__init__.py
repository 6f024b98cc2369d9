"""`client.text_to_speech`: the operations of group `text_to_speech`, as methods of TextToSpeechResource and AsyncTextToSpeechResource."""

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
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models, realtime
else:
    from .. import lazy_models as models
    from .. import lazy_realtime as realtime
from . import (
    text_to_speech_convert,
    text_to_speech_convert_with_timestamps,
    text_to_speech_stream,
    text_to_speech_stream_with_timestamps,
)


def _parse_text_to_speech_stream_with_timestamps(data: Any) -> models.StreamingAudioChunkWithTimestampsResponse:
    from ...models.streaming_audio_chunk_with_timestamps_response import StreamingAudioChunkWithTimestampsResponse

    response_200 = StreamingAudioChunkWithTimestampsResponse.from_dict(data)

    return response_200


def _parse_text_to_speech_convert_with_timestamps(response: httpx.Response) -> models.AudioWithTimestampsResponse:
    from ...models.audio_with_timestamps_response import AudioWithTimestampsResponse

    response_200 = AudioWithTimestampsResponse.from_dict(loads(response.content))

    return response_200


class TextToSpeechConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechStreamWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `stream_with_timestamps`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset


class TextToSpeechConvertWithTimestampsQuery(TypedDict, total=False):
    """The query parameters of `convert_with_timestamps`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset


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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechFullApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Speech

        Converts text into speech using a voice of your choice and returns audio.

        `POST /v1/text-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechFullApplyTextNormalization | Unset): This
                parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to
                'auto', the system will automatically decide whether to apply text normalization (e.g.,
                spelling out numbers). With 'on', text normalization will always be applied, while with
                'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): Output format of
                the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample
                rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be
                subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz sample rate requires
                you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes written
                mu-law, often approximated as u-law) is commonly used for Twilio audio inputs. Defaults to
                'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128, opus_48000_192,
                opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000,
                pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000, wav_22050, wav_24000, wav_32000,
                wav_44100, wav_48000, wav_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechStreamApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Text To Speech Streaming

        Converts text into speech using a voice of your choice and returns audio as an audio stream.

        `POST /v1/text-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechStreamApplyTextNormalization | Unset): This
                parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to
                'auto', the system will automatically decide whether to apply text normalization (e.g.,
                spelling out numbers). With 'on', text normalization will always be applied, while with
                'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset): Output format of
                the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample
                rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be
                subscribed to Creator tier or above. PCM with 44.1kHz sample rate requires you to be
                subscribed to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Defaults to 'mp3_44100_128'
                on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48, mp3_44100_128, mp3_44100_192,
                mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128, opus_48000_192, opus_48000_32,
                opus_48000_64, opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100,
                pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Iterator[models.StreamingAudioChunkWithTimestampsResponse]:
        """Text To Speech Streaming With Timestamps

        Converts text into speech using a voice of your choice and returns a stream of JSONs containing
        audio as a base64 encoded string together with information on when which character was spoken.

        `POST /v1/text-to-speech/{voice_id}/stream/with-timestamps`; one object per line, each yielded as it arrives.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
                Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with
                22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate
                requires you to be subscribed to Creator tier or above. PCM with 44.1kHz sample rate
                requires you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes
                written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs.
                Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48,
                mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128,
                opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050,
                pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | Unset = UNSET,
        next_request_ids: builtins.list[str] | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioWithTimestampsResponse:
        """Text To Speech With Timestamps

        Generate speech from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-speech/{voice_id}/with-timestamps`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | Unset): A list of request_id of the samples that were
                generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | Unset): A list of request_id of the samples that come after
                this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
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
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    def multi_context_session(
        self,
        voice_id: str,
        *,
        model_id: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        enable_ssml_parsing: bool | Unset = UNSET,
        output_format: models.TextToSpeechOutputFormatEnum | Unset = UNSET,
        inactivity_timeout: int | Unset = UNSET,
        sync_alignment: bool | Unset = UNSET,
        auto_mode: bool | Unset = UNSET,
        apply_text_normalization: models.TextToSpeechApplyTextNormalizationEnum | Unset = UNSET,
        seed: int | Unset = UNSET,
        voice_settings: models.RealtimeVoiceSettings | Unset = UNSET,
        generation_config: models.GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryLocator] | Unset = UNSET,
        context_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.multi_stream_input.Session:
        """The Multi-Context Text-to-Speech WebSockets API allows for generating audio from text input while
        managing multiple independent audio generation streams (contexts) over a single WebSocket
        connection.

        `/v1/text-to-speech/{voice_id}/multi-stream-input` over a WebSocket: opens the connection, sends the
        first message (the settings below) and answers with a session for a `with` block (several contexts
        by id on one connection).

        Args:
            voice_id (str): The unique identifier for the voice to use in the TTS process.
            model_id (str | Unset): The model ID to use.
            language_code (str | Unset): The ISO 639-1 language code (for specific models).
            enable_logging (bool | Unset): Whether to enable logging of the request. The server's
                default: true.
            enable_ssml_parsing (bool | Unset): Whether to enable SSML parsing. The server's default:
                false.
            output_format (TextToSpeechOutputFormatEnum | Unset): The output audio format
            inactivity_timeout (int | Unset): Timeout for inactivity before a context is closed
                (seconds), can be up to 180 seconds. The server's default: 20.
            sync_alignment (bool | Unset): Whether to include timing data with every audio chunk. The
                server's default: false.
            auto_mode (bool | Unset): Reduces latency by disabling chunk schedule and buffers.
                Recommended for full sentences/phrases. The server's default: false.
            apply_text_normalization (TextToSpeechApplyTextNormalizationEnum | Unset): This parameter
                controls text normalization with three modes - 'auto', 'on', and 'off'. When set to 'auto',
                the system will automatically decide whether to apply text normalization (e.g., spelling out
                numbers). With 'on', text normalization will always be applied, while with 'off', it will be
                skipped. For 'eleven_turbo_v2_5' and 'eleven_flash_v2_5' models, text normalization can only
                be enabled with Enterprise plans. Defaults to 'auto'. The server's default: "auto".
            seed (int | Unset): If specified, system will best-effort sample deterministically. Integer
                between 0 and 4294967295.
            voice_settings (RealtimeVoiceSettings | Unset):
            generation_config (GenerationConfig | Unset):
            pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional
                pronunciation dictionaries for this context.
            context_id (str | Unset): A unique identifier for the first context created in the
                websocket. If not provided, a default context will be used.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        check_path_parameter("voice_id", voice_id)
        from ...realtime import multi_stream_input

        opening = multi_stream_input.opening(
            voice_id,
            model_id=model_id,
            language_code=language_code,
            enable_logging=enable_logging,
            enable_ssml_parsing=enable_ssml_parsing,
            output_format=output_format,
            inactivity_timeout=inactivity_timeout,
            sync_alignment=sync_alignment,
            auto_mode=auto_mode,
            apply_text_normalization=apply_text_normalization,
            seed=seed,
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            context_id=context_id,
        )
        return self._requester.open_realtime(multi_stream_input.CHANNEL, opening, request_options)

    def realtime_session(
        self,
        voice_id: str,
        *,
        model_id: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        enable_ssml_parsing: bool | Unset = UNSET,
        output_format: models.TextToSpeechOutputFormatEnum | Unset = UNSET,
        inactivity_timeout: int | Unset = UNSET,
        sync_alignment: bool | Unset = UNSET,
        auto_mode: bool | Unset = UNSET,
        apply_text_normalization: models.TextToSpeechApplyTextNormalizationEnum | Unset = UNSET,
        seed: int | Unset = UNSET,
        voice_settings: models.RealtimeVoiceSettings | Unset = UNSET,
        generation_config: models.GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryLocator] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.stream_input.Session:
        """The Text-to-Speech WebSockets API is designed to generate audio from partial text input while
        ensuring consistency throughout the generated audio.

        `/v1/text-to-speech/{voice_id}/stream-input` over a WebSocket: opens the connection, sends the first
        message (the settings below) and answers with a session for a `with` block.

        Args:
            voice_id (str): The unique identifier for the voice to use in the TTS process.
            model_id (str | Unset): The model ID to use.
            language_code (str | Unset): The ISO 639-1 language code (for specific models).
            enable_logging (bool | Unset): Whether to enable logging of the request. The server's
                default: true.
            enable_ssml_parsing (bool | Unset): Whether to enable SSML parsing. The server's default:
                false.
            output_format (TextToSpeechOutputFormatEnum | Unset): The output audio format
            inactivity_timeout (int | Unset): Timeout for inactivity before a context is closed
                (seconds), can be up to 180 seconds. The server's default: 20.
            sync_alignment (bool | Unset): Whether to include timing data with every audio chunk. The
                server's default: false.
            auto_mode (bool | Unset): Reduces latency by disabling chunk schedule and buffers.
                Recommended for full sentences/phrases. The server's default: false.
            apply_text_normalization (TextToSpeechApplyTextNormalizationEnum | Unset): This parameter
                controls text normalization with three modes - 'auto', 'on', and 'off'. When set to 'auto',
                the system will automatically decide whether to apply text normalization (e.g., spelling out
                numbers). With 'on', text normalization will always be applied, while with 'off', it will be
                skipped. For 'eleven_turbo_v2_5' and 'eleven_flash_v2_5' models, text normalization can only
                be enabled with Enterprise plans. Defaults to 'auto'. The server's default: "auto".
            seed (int | Unset): If specified, system will best-effort sample deterministically. Integer
                between 0 and 4294967295.
            voice_settings (RealtimeVoiceSettings | Unset):
            generation_config (GenerationConfig | Unset):
            pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional
                list of pronunciation dictionary locators. If provided, these dictionaries will be used to
                modify pronunciation of matching text. Must only be provided in the first message. Note:
                Pronunciation dictionary matches will only be respected within a provided chunk.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        check_path_parameter("voice_id", voice_id)
        from ...realtime import stream_input

        opening = stream_input.opening(
            voice_id,
            model_id=model_id,
            language_code=language_code,
            enable_logging=enable_logging,
            enable_ssml_parsing=enable_ssml_parsing,
            output_format=output_format,
            inactivity_timeout=inactivity_timeout,
            sync_alignment=sync_alignment,
            auto_mode=auto_mode,
            apply_text_normalization=apply_text_normalization,
            seed=seed,
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )
        return self._requester.open_realtime(stream_input.CHANNEL, opening, request_options)


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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechFullApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Speech

        Converts text into speech using a voice of your choice and returns audio.

        `POST /v1/text-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechFullApplyTextNormalization | Unset): This
                parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to
                'auto', the system will automatically decide whether to apply text normalization (e.g.,
                spelling out numbers). With 'on', text normalization will always be applied, while with
                'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): Output format of
                the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample
                rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be
                subscribed to Creator tier or above. PCM and WAV formats with 44.1kHz sample rate requires
                you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes written
                mu-law, often approximated as u-law) is commonly used for Twilio audio inputs. Defaults to
                'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48, mp3_44100_128,
                mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128, opus_48000_192,
                opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000,
                pcm_44100, pcm_48000, pcm_8000, ulaw_8000, wav_16000, wav_22050, wav_24000, wav_32000,
                wav_44100, wav_48000, wav_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechStreamApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Text To Speech Streaming

        Converts text into speech using a voice of your choice and returns audio as an audio stream.

        `POST /v1/text-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechStreamApplyTextNormalization | Unset): This
                parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to
                'auto', the system will automatically decide whether to apply text normalization (e.g.,
                spelling out numbers). With 'on', text normalization will always be applied, while with
                'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset): Output format of
                the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz sample
                rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you to be
                subscribed to Creator tier or above. PCM with 44.1kHz sample rate requires you to be
                subscribed to Pro tier or above. Note that the μ-law format (sometimes written mu-law, often
                approximated as u-law) is commonly used for Twilio audio inputs. Defaults to 'mp3_44100_128'
                on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48, mp3_44100_128, mp3_44100_192,
                mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128, opus_48000_192, opus_48000_32,
                opus_48000_64, opus_48000_96, pcm_16000, pcm_22050, pcm_24000, pcm_32000, pcm_44100,
                pcm_48000, pcm_8000, ulaw_8000.
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | None
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | None | Unset = UNSET,
        next_request_ids: builtins.list[str] | None | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AsyncObjectStream[models.StreamingAudioChunkWithTimestampsResponse]:
        """Text To Speech Streaming With Timestamps

        Converts text into speech using a voice of your choice and returns a stream of JSONs containing
        audio as a base64 encoded string together with information on when which character was spoken.

        `POST /v1/text-to-speech/{voice_id}/stream/with-timestamps`; one object per line, each yielded as it arrives.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | None | Unset): A list of request_id of the samples that
                were generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | None | Unset): A list of request_id of the samples that come
                after this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechStreamWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechStreamWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
                Output format of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with
                22.05kHz sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate
                requires you to be subscribed to Creator tier or above. PCM with 44.1kHz sample rate
                requires you to be subscribed to Pro tier or above. Note that the μ-law format (sometimes
                written mu-law, often approximated as u-law) is commonly used for Twilio audio inputs.
                Defaults to 'mp3_44100_128' on the server. One of: alaw_8000, mp3_22050_32, mp3_24000_48,
                mp3_44100_128, mp3_44100_192, mp3_44100_32, mp3_44100_64, mp3_44100_96, opus_48000_128,
                opus_48000_192, opus_48000_32, opus_48000_64, opus_48000_96, pcm_16000, pcm_22050,
                pcm_24000, pcm_32000, pcm_44100, pcm_48000, pcm_8000, ulaw_8000.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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
        model_id: str | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        voice_settings: None | Unset | models.VoiceSettings = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryVersionLocatorRequestModel]
        | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        previous_text: None | str | Unset = UNSET,
        next_text: None | str | Unset = UNSET,
        previous_request_ids: builtins.list[str] | Unset = UNSET,
        next_request_ids: builtins.list[str] | Unset = UNSET,
        use_pvc_as_ivc: bool | Unset = UNSET,
        apply_text_normalization: models.BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset = UNSET,
        apply_language_text_normalization: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AudioWithTimestampsResponse:
        """Text To Speech With Timestamps

        Generate speech from text with precise character-level timing information for audio-text
        synchronization.

        `POST /v1/text-to-speech/{voice_id}/with-timestamps`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            text (str): The text that will get converted into speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for text to speech, you can check this using
                the can_do_text_to_speech property. Defaults to 'eleven_multilingual_v2' on the server.
            language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for
                the model and text normalization. If the model does not support the provided language code,
                it will be ignored. This parameter is not supported for multilingual_v2 models.
            voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for
                the given voice. They are applied only on the given request.
            pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | Unset):
                A list of pronunciation dictionary locators (id, version_id) to be applied to the text. They
                will be applied in order. You may have up to 3 locators per request
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            previous_text (None | str | Unset): The text that came before the text of the current
                request. Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            next_text (None | str | Unset): The text that comes after the text of the current request.
                Can be used to improve the speech's continuity when concatenating together multiple
                generations or to influence the speech's continuity in the current generation.
            previous_request_ids (list[str] | Unset): A list of request_id of the samples that were
                generated before this generation. Can be used to improve the speech's continuity when
                splitting up a large task into multiple requests. The results will be best when the same
                model is used across the generations. In case both previous_text and previous_request_ids is
                send, previous_text will be ignored. A maximum of 3 request_ids can be send.
            next_request_ids (list[str] | Unset): A list of request_id of the samples that come after
                this generation. next_request_ids is especially useful for maintaining the speech's
                continuity when regenerating a sample that has had some audio quality issues. For example,
                if you have generated 3 speech clips, and you want to improve clip 2, passing the request id
                of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help
                maintain natural flow in the combined speech. The results will be best when the same model
                is used across the generations. In case both next_text and next_request_ids is send,
                next_text will be ignored. A maximum of 3 request_ids can be send.
            use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the
                generation but the IVC version. This is a temporary workaround for higher latency in PVC
                versions. Defaults to False on the server.
            apply_text_normalization (BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset):
                This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When
                set to 'auto', the system will automatically decide whether to apply text normalization
                (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
                with 'off', it will be skipped. Defaults to 'auto' on the server. One of: auto, off, on.
            apply_language_text_normalization (bool | Unset): This parameter controls language text
                normalization. This helps with proper pronunciation of text in some supported languages.
                WARNING: This parameter can heavily increase the latency of the request. Currently only
                supported for Japanese. Defaults to False on the server.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean history features are unavailable for this request,
                including request stitching. Zero retention mode may only be used by enterprise customers.
                Defaults to True on the server.
            optimize_streaming_latency (int | None | Unset): You can turn on latency optimizations at
                some cost of quality. The best possible final latency varies by model. Possible values: 0 -
                default mode (no latency optimizations) 1 - normal latency optimizations (about 50% of
                possible latency improvement of option 3) 2 - strong latency optimizations (about 75% of
                possible latency improvement of option 3) 3 - max latency optimizations 4 - max latency
                optimizations, but also with text normalizer turned off for even more latency savings (best
                latency, but can mispronounce eg numbers and dates). Defaults to None.
            output_format (TextToSpeechConvertWithTimestampsOutputFormatOfTheGeneratedAudio | Unset):
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
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    async def multi_context_session(
        self,
        voice_id: str,
        *,
        model_id: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        enable_ssml_parsing: bool | Unset = UNSET,
        output_format: models.TextToSpeechOutputFormatEnum | Unset = UNSET,
        inactivity_timeout: int | Unset = UNSET,
        sync_alignment: bool | Unset = UNSET,
        auto_mode: bool | Unset = UNSET,
        apply_text_normalization: models.TextToSpeechApplyTextNormalizationEnum | Unset = UNSET,
        seed: int | Unset = UNSET,
        voice_settings: models.RealtimeVoiceSettings | Unset = UNSET,
        generation_config: models.GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryLocator] | Unset = UNSET,
        context_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.multi_stream_input.AsyncSession:
        """The Multi-Context Text-to-Speech WebSockets API allows for generating audio from text input while
        managing multiple independent audio generation streams (contexts) over a single WebSocket
        connection.

        `/v1/text-to-speech/{voice_id}/multi-stream-input` over a WebSocket: opens the connection, sends the
        first message (the settings below) and answers, awaited, with a session for `async with` (several
        contexts by id on one connection).

        Args:
            voice_id (str): The unique identifier for the voice to use in the TTS process.
            model_id (str | Unset): The model ID to use.
            language_code (str | Unset): The ISO 639-1 language code (for specific models).
            enable_logging (bool | Unset): Whether to enable logging of the request. The server's
                default: true.
            enable_ssml_parsing (bool | Unset): Whether to enable SSML parsing. The server's default:
                false.
            output_format (TextToSpeechOutputFormatEnum | Unset): The output audio format
            inactivity_timeout (int | Unset): Timeout for inactivity before a context is closed
                (seconds), can be up to 180 seconds. The server's default: 20.
            sync_alignment (bool | Unset): Whether to include timing data with every audio chunk. The
                server's default: false.
            auto_mode (bool | Unset): Reduces latency by disabling chunk schedule and buffers.
                Recommended for full sentences/phrases. The server's default: false.
            apply_text_normalization (TextToSpeechApplyTextNormalizationEnum | Unset): This parameter
                controls text normalization with three modes - 'auto', 'on', and 'off'. When set to 'auto',
                the system will automatically decide whether to apply text normalization (e.g., spelling out
                numbers). With 'on', text normalization will always be applied, while with 'off', it will be
                skipped. For 'eleven_turbo_v2_5' and 'eleven_flash_v2_5' models, text normalization can only
                be enabled with Enterprise plans. Defaults to 'auto'. The server's default: "auto".
            seed (int | Unset): If specified, system will best-effort sample deterministically. Integer
                between 0 and 4294967295.
            voice_settings (RealtimeVoiceSettings | Unset):
            generation_config (GenerationConfig | Unset):
            pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional
                pronunciation dictionaries for this context.
            context_id (str | Unset): A unique identifier for the first context created in the
                websocket. If not provided, a default context will be used.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        check_path_parameter("voice_id", voice_id)
        from ...realtime import multi_stream_input

        opening = multi_stream_input.opening(
            voice_id,
            model_id=model_id,
            language_code=language_code,
            enable_logging=enable_logging,
            enable_ssml_parsing=enable_ssml_parsing,
            output_format=output_format,
            inactivity_timeout=inactivity_timeout,
            sync_alignment=sync_alignment,
            auto_mode=auto_mode,
            apply_text_normalization=apply_text_normalization,
            seed=seed,
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            context_id=context_id,
        )
        return await self._requester.open_realtime(multi_stream_input.CHANNEL, opening, request_options)

    async def realtime_session(
        self,
        voice_id: str,
        *,
        model_id: str | Unset = UNSET,
        language_code: str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        enable_ssml_parsing: bool | Unset = UNSET,
        output_format: models.TextToSpeechOutputFormatEnum | Unset = UNSET,
        inactivity_timeout: int | Unset = UNSET,
        sync_alignment: bool | Unset = UNSET,
        auto_mode: bool | Unset = UNSET,
        apply_text_normalization: models.TextToSpeechApplyTextNormalizationEnum | Unset = UNSET,
        seed: int | Unset = UNSET,
        voice_settings: models.RealtimeVoiceSettings | Unset = UNSET,
        generation_config: models.GenerationConfig | Unset = UNSET,
        pronunciation_dictionary_locators: builtins.list[models.PronunciationDictionaryLocator] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.stream_input.AsyncSession:
        """The Text-to-Speech WebSockets API is designed to generate audio from partial text input while
        ensuring consistency throughout the generated audio.

        `/v1/text-to-speech/{voice_id}/stream-input` over a WebSocket: opens the connection, sends the first
        message (the settings below) and answers, awaited, with a session for `async with`.

        Args:
            voice_id (str): The unique identifier for the voice to use in the TTS process.
            model_id (str | Unset): The model ID to use.
            language_code (str | Unset): The ISO 639-1 language code (for specific models).
            enable_logging (bool | Unset): Whether to enable logging of the request. The server's
                default: true.
            enable_ssml_parsing (bool | Unset): Whether to enable SSML parsing. The server's default:
                false.
            output_format (TextToSpeechOutputFormatEnum | Unset): The output audio format
            inactivity_timeout (int | Unset): Timeout for inactivity before a context is closed
                (seconds), can be up to 180 seconds. The server's default: 20.
            sync_alignment (bool | Unset): Whether to include timing data with every audio chunk. The
                server's default: false.
            auto_mode (bool | Unset): Reduces latency by disabling chunk schedule and buffers.
                Recommended for full sentences/phrases. The server's default: false.
            apply_text_normalization (TextToSpeechApplyTextNormalizationEnum | Unset): This parameter
                controls text normalization with three modes - 'auto', 'on', and 'off'. When set to 'auto',
                the system will automatically decide whether to apply text normalization (e.g., spelling out
                numbers). With 'on', text normalization will always be applied, while with 'off', it will be
                skipped. For 'eleven_turbo_v2_5' and 'eleven_flash_v2_5' models, text normalization can only
                be enabled with Enterprise plans. Defaults to 'auto'. The server's default: "auto".
            seed (int | Unset): If specified, system will best-effort sample deterministically. Integer
                between 0 and 4294967295.
            voice_settings (RealtimeVoiceSettings | Unset):
            generation_config (GenerationConfig | Unset):
            pronunciation_dictionary_locators (list[PronunciationDictionaryLocator] | Unset): Optional
                list of pronunciation dictionary locators. If provided, these dictionaries will be used to
                modify pronunciation of matching text. Must only be provided in the first message. Note:
                Pronunciation dictionary matches will only be respected within a provided chunk.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        check_path_parameter("voice_id", voice_id)
        from ...realtime import stream_input

        opening = stream_input.opening(
            voice_id,
            model_id=model_id,
            language_code=language_code,
            enable_logging=enable_logging,
            enable_ssml_parsing=enable_ssml_parsing,
            output_format=output_format,
            inactivity_timeout=inactivity_timeout,
            sync_alignment=sync_alignment,
            auto_mode=auto_mode,
            apply_text_normalization=apply_text_normalization,
            seed=seed,
            voice_settings=voice_settings,
            generation_config=generation_config,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
        )
        return await self._requester.open_realtime(stream_input.CHANNEL, opening, request_options)


class AsyncTextToSpeechResourceWithRawResponse:
    """`AsyncTextToSpeechResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncTextToSpeechResource) -> None:
        self.convert = async_raw_response(resource.convert)
        self.stream = async_raw_response(resource.stream)
        self.stream_with_timestamps = async_raw_response(resource.stream_with_timestamps)
        self.convert_with_timestamps = async_raw_response(resource.convert_with_timestamps)
