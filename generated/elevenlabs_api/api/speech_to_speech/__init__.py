"""`client.speech_to_speech`: the operations of group `speech_to_speech`, as methods of SpeechToSpeechResource and AsyncSpeechToSpeechResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

from ...types import UNSET, FileInput, Unset, as_file
from .. import (
    AsyncBinaryStream,
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
    from ... import models
else:
    from .. import lazy_models as models
from . import speech_to_speech_convert, speech_to_speech_stream


class SpeechToSpeechConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset


class SpeechToSpeechStreamQuery(TypedDict, total=False):
    """The query parameters of `stream`, for passing them on as keyword arguments."""

    enable_logging: bool | Unset
    optimize_streaming_latency: int | None | Unset
    output_format: models.SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset


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
        model_id: str | Unset = UNSET,
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        file_format: None | models.SpeechToSpeechRequestFileFormatType0 | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Speech To Speech

        Transform audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            audio (FileInput): The audio file which holds the content and emotion that will control the
                generated speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for speech to speech, you can check this
                using the can_do_voice_conversion property. Defaults to 'eleven_english_sts_v2' on the
                server.
            voice_settings (None | str | Unset): Voice settings overriding stored settings for the given
                voice. They are applied only on the given request. Needs to be send as a JSON encoded
                string.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            remove_background_noise (bool | Unset): If set, will remove the background noise from your
                audio input using our audio isolation model. Only applies to Voice Changer. Defaults to
                False on the server.
            file_format (None | SpeechToSpeechRequestFileFormatType0 | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
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
            output_format (SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): Output format
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
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.speech_to_speech_request import SpeechToSpeechRequest

        kwargs = speech_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=SpeechToSpeechRequest(
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
        model_id: str | Unset = UNSET,
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        file_format: None | models.SpeechToSpeechStreamRequestFileFormatType0 | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> BinaryStream:
        """Speech To Speech Streaming

        Stream audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            audio (FileInput): The audio file which holds the content and emotion that will control the
                generated speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for speech to speech, you can check this
                using the can_do_voice_conversion property. Defaults to 'eleven_english_sts_v2' on the
                server.
            voice_settings (None | str | Unset): Voice settings overriding stored settings for the given
                voice. They are applied only on the given request. Needs to be send as a JSON encoded
                string.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            remove_background_noise (bool | Unset): If set, will remove the background noise from your
                audio input using our audio isolation model. Only applies to Voice Changer. Defaults to
                False on the server.
            file_format (None | SpeechToSpeechStreamRequestFileFormatType0 | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
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
            output_format (SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset): Output format
                of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz
                sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you
                to be subscribed to Creator tier or above. PCM with 44.1kHz sample rate requires you to be
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
        from ...models.speech_to_speech_stream_request import SpeechToSpeechStreamRequest

        kwargs = speech_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=SpeechToSpeechStreamRequest(
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
        model_id: str | Unset = UNSET,
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        file_format: None | models.SpeechToSpeechRequestFileFormatType0 | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Speech To Speech

        Transform audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            audio (FileInput): The audio file which holds the content and emotion that will control the
                generated speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for speech to speech, you can check this
                using the can_do_voice_conversion property. Defaults to 'eleven_english_sts_v2' on the
                server.
            voice_settings (None | str | Unset): Voice settings overriding stored settings for the given
                voice. They are applied only on the given request. Needs to be send as a JSON encoded
                string.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            remove_background_noise (bool | Unset): If set, will remove the background noise from your
                audio input using our audio isolation model. Only applies to Voice Changer. Defaults to
                False on the server.
            file_format (None | SpeechToSpeechRequestFileFormatType0 | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
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
            output_format (SpeechToSpeechConvertOutputFormatOfTheGeneratedAudio | Unset): Output format
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
            chunk_size (int | None): The size of the chunks the body is yielded in; by default, as they arrive.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("voice_id", voice_id)
        from ...models.speech_to_speech_request import SpeechToSpeechRequest

        kwargs = speech_to_speech_convert._get_kwargs(
            voice_id=voice_id,
            body=SpeechToSpeechRequest(
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
        model_id: str | Unset = UNSET,
        voice_settings: None | str | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        remove_background_noise: bool | Unset = UNSET,
        file_format: None | models.SpeechToSpeechStreamRequestFileFormatType0 | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        optimize_streaming_latency: int | None | Unset = UNSET,
        output_format: models.SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset = UNSET,
        chunk_size: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncBinaryStream:
        """Speech To Speech Streaming

        Stream audio from one voice to another. Maintain full control over emotion, timing and delivery.

        `POST /v1/speech-to-speech/{voice_id}/stream`; the body (audio/mpeg) streams: iterate over it, or `.save(path)`.

        Args:
            voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to list
                all the available voices.
            audio (FileInput): The audio file which holds the content and emotion that will control the
                generated speech.
            model_id (str | Unset): Identifier of the model that will be used, you can query them using
                GET /v1/models. The model needs to have support for speech to speech, you can check this
                using the can_do_voice_conversion property. Defaults to 'eleven_english_sts_v2' on the
                server.
            voice_settings (None | str | Unset): Voice settings overriding stored settings for the given
                voice. They are applied only on the given request. Needs to be send as a JSON encoded
                string.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be integer between 0 and
                4294967295.
            remove_background_noise (bool | Unset): If set, will remove the background noise from your
                audio input using our audio isolation model. Only applies to Voice Changer. Defaults to
                False on the server.
            file_format (None | SpeechToSpeechStreamRequestFileFormatType0 | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
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
            output_format (SpeechToSpeechStreamOutputFormatOfTheGeneratedAudio | Unset): Output format
                of the generated audio. Formatted as codec_sample_rate_bitrate. So an mp3 with 22.05kHz
                sample rate at 32kbs is represented as mp3_22050_32. MP3 with 192kbps bitrate requires you
                to be subscribed to Creator tier or above. PCM with 44.1kHz sample rate requires you to be
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
        from ...models.speech_to_speech_stream_request import SpeechToSpeechStreamRequest

        kwargs = speech_to_speech_stream._get_kwargs(
            voice_id=voice_id,
            body=SpeechToSpeechStreamRequest(
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
