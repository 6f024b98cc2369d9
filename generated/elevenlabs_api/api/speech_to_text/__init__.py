"""`client.speech_to_text`: the operations of group `speech_to_text`, as methods of SpeechToTextResource and AsyncSpeechToTextResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models, realtime
else:
    from .. import lazy_models as models
    from .. import lazy_realtime as realtime

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..speech_to_text_transcripts import AsyncSpeechToTextTranscriptsResource, SpeechToTextTranscriptsResource
from . import speech_to_text_convert


def _parse_speech_to_text_convert(
    response: httpx.Response,
) -> (
    models.MultichannelSpeechToTextResponseModel
    | models.SpeechToTextChunkResponseModel
    | models.SpeechToTextWebhookResponseModel
):
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
    from ...models.speech_to_text_webhook_response_model import SpeechToTextWebhookResponseModel

    def _parse_response_200(
        data: object,
    ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
        if isinstance(data, dict):
            for known in (
                SpeechToTextChunkResponseModel,
                MultichannelSpeechToTextResponseModel,
                SpeechToTextWebhookResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = SpeechToTextChunkResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = MultichannelSpeechToTextResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_2 = SpeechToTextWebhookResponseModel.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class SpeechToTextConvertQuery(TypedDict, total=False):
    """The query parameters of `convert`, for passing them on as keyword arguments."""

    token: None | str | Unset
    enable_logging: bool | Unset


class SpeechToTextResource:
    """The operations of group `speech_to_text`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> SpeechToTextResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return SpeechToTextResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def transcripts(self) -> SpeechToTextTranscriptsResource:
        """`speech_to_text_transcripts` operations."""
        from ..speech_to_text_transcripts import SpeechToTextTranscriptsResource

        return SpeechToTextTranscriptsResource(self._requester)

    def convert(
        self,
        model_id: models.BodySpeechToTextV1SpeechToTextPostModelId,
        *,
        file: FileInput | None | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        tag_audio_events: bool | Unset = UNSET,
        num_speakers: int | None | Unset = UNSET,
        timestamps_granularity: models.BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        diarization_threshold: float | None | Unset = UNSET,
        additional_formats: builtins.list[
            models.DocxExportOptions
            | models.HtmlExportOptions
            | models.PdfExportOptions
            | models.SegmentedJsonExportOptions
            | models.SrtExportOptions
            | models.TxtExportOptions
        ]
        | Unset = UNSET,
        file_format: models.BodySpeechToTextV1SpeechToTextPostFileFormat | Unset = UNSET,
        cloud_storage_url: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        webhook: bool | Unset = UNSET,
        webhook_id: None | str | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        use_multi_channel: bool | Unset = UNSET,
        multichannel_output_style: models.BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset = UNSET,
        webhook_metadata: models.BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset = UNSET,
        entity_detection: builtins.list[str] | None | str | Unset = UNSET,
        no_verbatim: bool | Unset = UNSET,
        use_speaker_library: bool | Unset = UNSET,
        detect_speaker_roles: bool | Unset = UNSET,
        entity_redaction: builtins.list[str] | None | str | Unset = UNSET,
        entity_redaction_mode: str | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        token: None | str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.MultichannelSpeechToTextResponseModel
        | models.SpeechToTextChunkResponseModel
        | models.SpeechToTextWebhookResponseModel
    ):
        """Speech To Text

        Transcribe an audio or video file. If webhook is set to true, the request will be processed
        asynchronously and results sent to configured webhooks. When use_multi_channel is true and the
        provided audio has multiple channels, a 'transcripts' object with separate transcripts for each
        channel is returned; set multichannel_output_style='combined' to instead receive a single transcript
        with all channels merged and sorted by time. Otherwise, returns a single transcript. The optional
        webhook_metadata parameter allows you to attach custom data that will be included in webhook
        responses for request correlation and tracking.

        `POST /v1/speech-to-text`.

        Args:
            model_id (BodySpeechToTextV1SpeechToTextPostModelId): The ID of the model to use for
                transcription. One of: scribe_v1, scribe_v2.
            file (FileInput | None | Unset): The file to transcribe (100ms minimum audio length). All
                major audio and video formats are supported. Exactly one of the file or cloud_storage_url
                parameters must be provided. The file size must be less than 5.0GB.
            language_code (None | str | Unset): An ISO-639-1 or ISO-639-3 language_code corresponding to
                the language of the audio file. Can sometimes improve transcription performance if known
                beforehand. Defaults to null, in this case the language is predicted automatically.
            tag_audio_events (bool | Unset): Whether to tag audio events like (laughter), (footsteps),
                etc. in the transcription. Defaults to True on the server.
            num_speakers (int | None | Unset): The maximum amount of speakers talking in the uploaded
                file. Can help with predicting who speaks when. The maximum amount of speakers that can be
                predicted is 32. Defaults to null, in this case the amount of speakers is set to the maximum
                value the model supports.
            timestamps_granularity (BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset):
                The granularity of the timestamps in the transcription. 'word' provides word-level
                timestamps and 'character' provides character-level timestamps per word. Defaults to 'word'
                on the server. One of: character, none, word.
            diarize (bool | Unset): Whether to annotate which speaker is currently talking in the
                uploaded file. Defaults to False on the server.
            diarization_threshold (float | None | Unset): Diarization threshold to apply during speaker
                diarization. A higher value means there will be a lower chance of one speaker being diarized
                as two different speakers but also a higher chance of two different speakers being diarized
                as one speaker (less total speakers predicted). A low value means there will be a higher
                chance of one speaker being diarized as two different speakers but also a lower chance of
                two different speakers being diarized as one speaker (more total speakers predicted). Can
                only be set when diarize=True and num_speakers=None. Defaults to None, in which case we will
                choose a threshold based on the model_id (0.22 usually).
            additional_formats (list[DocxExportOptions | HtmlExportOptions | PdfExportOptions | SegmentedJsonExportOptions | SrtExportOptions | TxtExportOptions] | Unset):
            file_format (BodySpeechToTextV1SpeechToTextPostFileFormat | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            cloud_storage_url (None | str | Unset): [Deprecated] This parameter is deprecated and will
                be removed in the future. Use 'source_url' instead.The HTTPS URL of the file to transcribe.
                Exactly one of the file or cloud_storage_url parameters must be provided. The file must be
                accessible via HTTPS and the file size must be less than 2GB. Any valid HTTPS URL is
                accepted, including URLs from cloud storage providers (AWS S3, Google Cloud Storage,
                Cloudflare R2, etc.), CDNs, or any other HTTPS source. URLs can be pre-signed or include
                authentication tokens in query parameters.
            source_url (None | str | Unset): The URL of an audio or video file to transcribe. Supports
                hosted video or audio files, YouTube video URLs, TikTok video URLs, and other video hosting
                services.
            webhook (bool | Unset): Whether to send the transcription result to configured
                speech-to-text webhooks. If set the request will return early without the transcription,
                which will be delivered later via webhook. Defaults to False on the server.
            webhook_id (None | str | Unset): Optional specific webhook ID to send the transcription
                result to. Only valid when webhook is set to true. If not provided, transcription will be
                sent to all configured speech-to-text webhooks.
            temperature (float | None | Unset): Controls the randomness of the transcription output.
                Accepts values between 0.0 and 2.0, where higher values result in more diverse and less
                deterministic results. If omitted, we will use a temperature based on the model you selected
                which is usually 0.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be an integer between 0 and
                2147483647.
            use_multi_channel (bool | Unset): Whether the audio file contains multiple channels where
                each channel contains a single speaker. When enabled, each channel is transcribed
                independently. By default a separate transcript is returned per channel; set
                multichannel_output_style='combined' to instead receive a single transcript with all
                channels merged and sorted by time. Each word in the response includes a 'channel_index'
                field indicating which channel it was spoken on. A maximum of 5 channels is supported. Each
                channel is billed independently at the full audio duration, so cost scales linearly with the
                number of channels. Defaults to False on the server.
            multichannel_output_style (BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset):
                Controls the response shape when use_multi_channel is enabled. 'separate' (default) returns
                one transcript per channel under 'transcripts'. 'combined' merges all channels into a single
                transcript whose words are sorted by start time, each carrying a 'channel_index' - matching
                the single-channel response shape. 'combined' requires timestamps (timestamps_granularity
                must not be 'none') and does not support entity detection or redaction. Defaults to
                'separate' on the server. One of: combined, separate.
            webhook_metadata (BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset):
                Optional metadata to be included in the webhook response. This should be a JSON string
                representing an object with a maximum depth of 2 levels and maximum size of 16KB. Useful for
                tracking internal IDs, job references, or other contextual information.
            entity_detection (list[str] | None | str | Unset): Detect entities in the transcript. Can be
                'all' to detect all entities, a single entity type or category string, or a list of entity
                types/categories. Categories include 'pii', 'phi', 'pci', 'other', 'offensive_language'.
                When enabled, detected entities will be returned in the 'entities' field with their text,
                type, and character positions. Usage of this parameter will incur an additional 30%
                surcharge on the base transcription cost.
            no_verbatim (bool | Unset): If true, the transcription will not have any filler words, false
                starts and non-speech sounds. Only supported with scribe_v2 model. Defaults to False on the
                server.
            use_speaker_library (bool | Unset): Whether to use the speaker library for identifying known
                speakers during diarization. When enabled and diarize is true, detected speakers will be
                matched against registered speakers in the workspace's speaker library. Defaults to False on
                the server.
            detect_speaker_roles (bool | Unset): Whether to detect speaker roles (agent vs customer).
                Requires diarize=true. Cannot be used with use_multi_channel=true. When enabled, speaker_id
                values will be 'agent' and 'customer' instead of 'speaker_0', 'speaker_1', etc. Usage incurs
                an additional 10% surcharge on base transcription cost. Defaults to False on the server.
            entity_redaction (list[str] | None | str | Unset): Redact entities from the transcript text.
                Accepts the same format as entity_detection: 'all', a category ('pii', 'phi'), or specific
                entity types. Must be a subset of entity_detection. When redaction is enabled, the entities
                field will not be returned. Usage of this parameter will incur an additional 30% surcharge
                on the base transcription cost.
            entity_redaction_mode (str | Unset): How to format redacted entities. 'redacted' replaces
                with {REDACTED}, 'entity_type' replaces with {ENTITY_TYPE}, 'enumerated_entity_type'
                replaces with {ENTITY_TYPE_N} where N enumerates each occurrence. Only used when
                entity_redaction is set. Defaults to 'enumerated_entity_type' on the server.
            keyterms (list[str] | Unset): A list of keyterms to bias the transcription towards. The
                keyterms are words or phrases you want the model to recognise more accurately. The number of
                keyterms cannot exceed 1000. The length of each keyterm must be less than 50 characters.
                Keyterms can contain at most 5 words (after normalisation). For example ["hello", "world",
                "technical term"]. The following characters are not supported: `<`, `>`, `{`, `}`, `[`, `]`,
                `\\`. Usage of this parameter will incur an additional 20% surcharge on the base
                transcription cost. When more than 100 keyterms are provided, a minimum billable duration of
                20 seconds applies per request. Defaults to [] on the server.
            token (None | str | Unset): A single-use authentication token created via POST
                /v1/single-use-token/batch_scribe. This token can only be used once and expires after 15
                minutes. Alternative to API key or bearer token authentication for frontend clients.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean log and transcript storage features are unavailable
                for this request. Zero retention mode may only be used by enterprise customers. Defaults to
                True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_speech_to_text_v1_speech_to_text_post import BodySpeechToTextV1SpeechToTextPost

        kwargs = speech_to_text_convert._get_kwargs(
            body=BodySpeechToTextV1SpeechToTextPost(
                model_id=model_id,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                language_code=language_code,
                tag_audio_events=tag_audio_events,
                num_speakers=num_speakers,
                timestamps_granularity=timestamps_granularity,
                diarize=diarize,
                diarization_threshold=diarization_threshold,
                additional_formats=additional_formats,
                file_format=file_format,
                cloud_storage_url=cloud_storage_url,
                source_url=source_url,
                webhook=webhook,
                webhook_id=webhook_id,
                temperature=temperature,
                seed=seed,
                use_multi_channel=use_multi_channel,
                multichannel_output_style=multichannel_output_style,
                webhook_metadata=webhook_metadata,
                entity_detection=entity_detection,
                no_verbatim=no_verbatim,
                use_speaker_library=use_speaker_library,
                detect_speaker_roles=detect_speaker_roles,
                entity_redaction=entity_redaction,
                entity_redaction_mode=entity_redaction_mode,
                keyterms=keyterms,
            ),
            token=token,
            enable_logging=enable_logging,
        )

        return self._requester.request(kwargs, _parse_speech_to_text_convert, request_options)

    def realtime_session(
        self,
        *,
        model_id: str,
        audio_format: models.AudioFormatEnum | Unset = UNSET,
        language_code: str | Unset = UNSET,
        commit_strategy: models.CommitStrategy | Unset = UNSET,
        vad_silence_threshold_secs: float | Unset = UNSET,
        vad_threshold: float | Unset = UNSET,
        min_speech_duration_ms: int | Unset = UNSET,
        min_silence_duration_ms: int | Unset = UNSET,
        include_timestamps: bool | Unset = UNSET,
        include_language_detection: bool | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        no_verbatim: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.speech_to_text_realtime.Session:
        """Transcribe audio while it is still being recorded: the client sends base64 audio chunks
        (`input_audio_chunk`); the server answers with partial transcripts, which may still change, and
        committed transcripts, which do not.

        `/v1/speech-to-text/realtime` over a WebSocket: opens the connection (the settings below go in its
        query) and answers with a session for a `with` block.

        Args:
            model_id (str): The transcription model, e.g. scribe_v2_realtime.
            audio_format (AudioFormatEnum | Unset): The encoding and sample rate of the audio sent. The
                server's default: "pcm_16000".
            language_code (str | Unset): The language of the audio (ISO 639-1 or ISO 639-3), if known;
                left out, it is detected.
            commit_strategy (CommitStrategy | Unset): Who commits a segment; the client (manual) or
                voice activity detection (vad). The server's default: "manual".
            vad_silence_threshold_secs (float | Unset): With the vad strategy, how many seconds of
                silence end a segment (0.3 to 3). The server's default: 1.5.
            vad_threshold (float | Unset): With the vad strategy, how sure voice activity detection must
                be that there is speech (0.1 to 0.9). The server's default: 0.4.
            min_speech_duration_ms (int | Unset): With the vad strategy, the shortest speech, in
                milliseconds, that counts (50 to 2000). The server's default: 100.
            min_silence_duration_ms (int | Unset): With the vad strategy, the shortest silence, in
                milliseconds, that counts (50 to 2000). The server's default: 100.
            include_timestamps (bool | Unset): Whether a committed segment also comes as
                committed_transcript_with_timestamps, with word timings. The server's default: false.
            include_language_detection (bool | Unset): Whether committed transcripts say which language
                was detected. The server's default: false.
            keyterms (list[str] | Unset): Words and phrases the model should favour (the parameter is
                repeated, once per term).
            no_verbatim (bool | Unset): Whether filler words and disfluencies are left out of the
                transcript.
            enable_logging (bool | Unset): Whether the request is logged; false is zero retention mode
                (enterprise only). The server's default: true.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        from ...realtime import speech_to_text_realtime

        opening = speech_to_text_realtime.opening(
            model_id=model_id,
            audio_format=audio_format,
            language_code=language_code,
            commit_strategy=commit_strategy,
            vad_silence_threshold_secs=vad_silence_threshold_secs,
            vad_threshold=vad_threshold,
            min_speech_duration_ms=min_speech_duration_ms,
            min_silence_duration_ms=min_silence_duration_ms,
            include_timestamps=include_timestamps,
            include_language_detection=include_language_detection,
            keyterms=keyterms,
            no_verbatim=no_verbatim,
            enable_logging=enable_logging,
        )
        return self._requester.open_realtime(speech_to_text_realtime.CHANNEL, opening, request_options)


class SpeechToTextResourceWithRawResponse:
    """`SpeechToTextResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: SpeechToTextResource) -> None:
        self.convert = raw_response(resource.convert)


class AsyncSpeechToTextResource:
    """The operations of group `speech_to_text`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncSpeechToTextResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncSpeechToTextResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def transcripts(self) -> AsyncSpeechToTextTranscriptsResource:
        """`speech_to_text_transcripts` operations."""
        from ..speech_to_text_transcripts import AsyncSpeechToTextTranscriptsResource

        return AsyncSpeechToTextTranscriptsResource(self._requester)

    async def convert(
        self,
        model_id: models.BodySpeechToTextV1SpeechToTextPostModelId,
        *,
        file: FileInput | None | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        tag_audio_events: bool | Unset = UNSET,
        num_speakers: int | None | Unset = UNSET,
        timestamps_granularity: models.BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        diarization_threshold: float | None | Unset = UNSET,
        additional_formats: builtins.list[
            models.DocxExportOptions
            | models.HtmlExportOptions
            | models.PdfExportOptions
            | models.SegmentedJsonExportOptions
            | models.SrtExportOptions
            | models.TxtExportOptions
        ]
        | Unset = UNSET,
        file_format: models.BodySpeechToTextV1SpeechToTextPostFileFormat | Unset = UNSET,
        cloud_storage_url: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        webhook: bool | Unset = UNSET,
        webhook_id: None | str | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        use_multi_channel: bool | Unset = UNSET,
        multichannel_output_style: models.BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset = UNSET,
        webhook_metadata: models.BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset = UNSET,
        entity_detection: builtins.list[str] | None | str | Unset = UNSET,
        no_verbatim: bool | Unset = UNSET,
        use_speaker_library: bool | Unset = UNSET,
        detect_speaker_roles: bool | Unset = UNSET,
        entity_redaction: builtins.list[str] | None | str | Unset = UNSET,
        entity_redaction_mode: str | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        token: None | str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.MultichannelSpeechToTextResponseModel
        | models.SpeechToTextChunkResponseModel
        | models.SpeechToTextWebhookResponseModel
    ):
        """Speech To Text

        Transcribe an audio or video file. If webhook is set to true, the request will be processed
        asynchronously and results sent to configured webhooks. When use_multi_channel is true and the
        provided audio has multiple channels, a 'transcripts' object with separate transcripts for each
        channel is returned; set multichannel_output_style='combined' to instead receive a single transcript
        with all channels merged and sorted by time. Otherwise, returns a single transcript. The optional
        webhook_metadata parameter allows you to attach custom data that will be included in webhook
        responses for request correlation and tracking.

        `POST /v1/speech-to-text`.

        Args:
            model_id (BodySpeechToTextV1SpeechToTextPostModelId): The ID of the model to use for
                transcription. One of: scribe_v1, scribe_v2.
            file (FileInput | None | Unset): The file to transcribe (100ms minimum audio length). All
                major audio and video formats are supported. Exactly one of the file or cloud_storage_url
                parameters must be provided. The file size must be less than 5.0GB.
            language_code (None | str | Unset): An ISO-639-1 or ISO-639-3 language_code corresponding to
                the language of the audio file. Can sometimes improve transcription performance if known
                beforehand. Defaults to null, in this case the language is predicted automatically.
            tag_audio_events (bool | Unset): Whether to tag audio events like (laughter), (footsteps),
                etc. in the transcription. Defaults to True on the server.
            num_speakers (int | None | Unset): The maximum amount of speakers talking in the uploaded
                file. Can help with predicting who speaks when. The maximum amount of speakers that can be
                predicted is 32. Defaults to null, in this case the amount of speakers is set to the maximum
                value the model supports.
            timestamps_granularity (BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset):
                The granularity of the timestamps in the transcription. 'word' provides word-level
                timestamps and 'character' provides character-level timestamps per word. Defaults to 'word'
                on the server. One of: character, none, word.
            diarize (bool | Unset): Whether to annotate which speaker is currently talking in the
                uploaded file. Defaults to False on the server.
            diarization_threshold (float | None | Unset): Diarization threshold to apply during speaker
                diarization. A higher value means there will be a lower chance of one speaker being diarized
                as two different speakers but also a higher chance of two different speakers being diarized
                as one speaker (less total speakers predicted). A low value means there will be a higher
                chance of one speaker being diarized as two different speakers but also a lower chance of
                two different speakers being diarized as one speaker (more total speakers predicted). Can
                only be set when diarize=True and num_speakers=None. Defaults to None, in which case we will
                choose a threshold based on the model_id (0.22 usually).
            additional_formats (list[DocxExportOptions | HtmlExportOptions | PdfExportOptions | SegmentedJsonExportOptions | SrtExportOptions | TxtExportOptions] | Unset):
            file_format (BodySpeechToTextV1SpeechToTextPostFileFormat | Unset): The format of input
                audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be
                16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order.
                Latency will be lower than with passing an encoded waveform. Defaults to 'other' on the
                server. One of: other, pcm_s16le_16.
            cloud_storage_url (None | str | Unset): [Deprecated] This parameter is deprecated and will
                be removed in the future. Use 'source_url' instead.The HTTPS URL of the file to transcribe.
                Exactly one of the file or cloud_storage_url parameters must be provided. The file must be
                accessible via HTTPS and the file size must be less than 2GB. Any valid HTTPS URL is
                accepted, including URLs from cloud storage providers (AWS S3, Google Cloud Storage,
                Cloudflare R2, etc.), CDNs, or any other HTTPS source. URLs can be pre-signed or include
                authentication tokens in query parameters.
            source_url (None | str | Unset): The URL of an audio or video file to transcribe. Supports
                hosted video or audio files, YouTube video URLs, TikTok video URLs, and other video hosting
                services.
            webhook (bool | Unset): Whether to send the transcription result to configured
                speech-to-text webhooks. If set the request will return early without the transcription,
                which will be delivered later via webhook. Defaults to False on the server.
            webhook_id (None | str | Unset): Optional specific webhook ID to send the transcription
                result to. Only valid when webhook is set to true. If not provided, transcription will be
                sent to all configured speech-to-text webhooks.
            temperature (float | None | Unset): Controls the randomness of the transcription output.
                Accepts values between 0.0 and 2.0, where higher values result in more diverse and less
                deterministic results. If omitted, we will use a temperature based on the model you selected
                which is usually 0.
            seed (int | None | Unset): If specified, our system will make a best effort to sample
                deterministically, such that repeated requests with the same seed and parameters should
                return the same result. Determinism is not guaranteed. Must be an integer between 0 and
                2147483647.
            use_multi_channel (bool | Unset): Whether the audio file contains multiple channels where
                each channel contains a single speaker. When enabled, each channel is transcribed
                independently. By default a separate transcript is returned per channel; set
                multichannel_output_style='combined' to instead receive a single transcript with all
                channels merged and sorted by time. Each word in the response includes a 'channel_index'
                field indicating which channel it was spoken on. A maximum of 5 channels is supported. Each
                channel is billed independently at the full audio duration, so cost scales linearly with the
                number of channels. Defaults to False on the server.
            multichannel_output_style (BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset):
                Controls the response shape when use_multi_channel is enabled. 'separate' (default) returns
                one transcript per channel under 'transcripts'. 'combined' merges all channels into a single
                transcript whose words are sorted by start time, each carrying a 'channel_index' - matching
                the single-channel response shape. 'combined' requires timestamps (timestamps_granularity
                must not be 'none') and does not support entity detection or redaction. Defaults to
                'separate' on the server. One of: combined, separate.
            webhook_metadata (BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset):
                Optional metadata to be included in the webhook response. This should be a JSON string
                representing an object with a maximum depth of 2 levels and maximum size of 16KB. Useful for
                tracking internal IDs, job references, or other contextual information.
            entity_detection (list[str] | None | str | Unset): Detect entities in the transcript. Can be
                'all' to detect all entities, a single entity type or category string, or a list of entity
                types/categories. Categories include 'pii', 'phi', 'pci', 'other', 'offensive_language'.
                When enabled, detected entities will be returned in the 'entities' field with their text,
                type, and character positions. Usage of this parameter will incur an additional 30%
                surcharge on the base transcription cost.
            no_verbatim (bool | Unset): If true, the transcription will not have any filler words, false
                starts and non-speech sounds. Only supported with scribe_v2 model. Defaults to False on the
                server.
            use_speaker_library (bool | Unset): Whether to use the speaker library for identifying known
                speakers during diarization. When enabled and diarize is true, detected speakers will be
                matched against registered speakers in the workspace's speaker library. Defaults to False on
                the server.
            detect_speaker_roles (bool | Unset): Whether to detect speaker roles (agent vs customer).
                Requires diarize=true. Cannot be used with use_multi_channel=true. When enabled, speaker_id
                values will be 'agent' and 'customer' instead of 'speaker_0', 'speaker_1', etc. Usage incurs
                an additional 10% surcharge on base transcription cost. Defaults to False on the server.
            entity_redaction (list[str] | None | str | Unset): Redact entities from the transcript text.
                Accepts the same format as entity_detection: 'all', a category ('pii', 'phi'), or specific
                entity types. Must be a subset of entity_detection. When redaction is enabled, the entities
                field will not be returned. Usage of this parameter will incur an additional 30% surcharge
                on the base transcription cost.
            entity_redaction_mode (str | Unset): How to format redacted entities. 'redacted' replaces
                with {REDACTED}, 'entity_type' replaces with {ENTITY_TYPE}, 'enumerated_entity_type'
                replaces with {ENTITY_TYPE_N} where N enumerates each occurrence. Only used when
                entity_redaction is set. Defaults to 'enumerated_entity_type' on the server.
            keyterms (list[str] | Unset): A list of keyterms to bias the transcription towards. The
                keyterms are words or phrases you want the model to recognise more accurately. The number of
                keyterms cannot exceed 1000. The length of each keyterm must be less than 50 characters.
                Keyterms can contain at most 5 words (after normalisation). For example ["hello", "world",
                "technical term"]. The following characters are not supported: `<`, `>`, `{`, `}`, `[`, `]`,
                `\\`. Usage of this parameter will incur an additional 20% surcharge on the base
                transcription cost. When more than 100 keyterms are provided, a minimum billable duration of
                20 seconds applies per request. Defaults to [] on the server.
            token (None | str | Unset): A single-use authentication token created via POST
                /v1/single-use-token/batch_scribe. This token can only be used once and expires after 15
                minutes. Alternative to API key or bearer token authentication for frontend clients.
            enable_logging (bool | Unset): When enable_logging is set to false zero retention mode will
                be used for the request. This will mean log and transcript storage features are unavailable
                for this request. Zero retention mode may only be used by enterprise customers. Defaults to
                True on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_speech_to_text_v1_speech_to_text_post import BodySpeechToTextV1SpeechToTextPost

        kwargs = speech_to_text_convert._get_kwargs(
            body=BodySpeechToTextV1SpeechToTextPost(
                model_id=model_id,
                file=file if isinstance(file, Unset) or file is None else as_file(file),
                language_code=language_code,
                tag_audio_events=tag_audio_events,
                num_speakers=num_speakers,
                timestamps_granularity=timestamps_granularity,
                diarize=diarize,
                diarization_threshold=diarization_threshold,
                additional_formats=additional_formats,
                file_format=file_format,
                cloud_storage_url=cloud_storage_url,
                source_url=source_url,
                webhook=webhook,
                webhook_id=webhook_id,
                temperature=temperature,
                seed=seed,
                use_multi_channel=use_multi_channel,
                multichannel_output_style=multichannel_output_style,
                webhook_metadata=webhook_metadata,
                entity_detection=entity_detection,
                no_verbatim=no_verbatim,
                use_speaker_library=use_speaker_library,
                detect_speaker_roles=detect_speaker_roles,
                entity_redaction=entity_redaction,
                entity_redaction_mode=entity_redaction_mode,
                keyterms=keyterms,
            ),
            token=token,
            enable_logging=enable_logging,
        )

        return await self._requester.request(kwargs, _parse_speech_to_text_convert, request_options)

    async def realtime_session(
        self,
        *,
        model_id: str,
        audio_format: models.AudioFormatEnum | Unset = UNSET,
        language_code: str | Unset = UNSET,
        commit_strategy: models.CommitStrategy | Unset = UNSET,
        vad_silence_threshold_secs: float | Unset = UNSET,
        vad_threshold: float | Unset = UNSET,
        min_speech_duration_ms: int | Unset = UNSET,
        min_silence_duration_ms: int | Unset = UNSET,
        include_timestamps: bool | Unset = UNSET,
        include_language_detection: bool | Unset = UNSET,
        keyterms: builtins.list[str] | Unset = UNSET,
        no_verbatim: bool | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> realtime.speech_to_text_realtime.AsyncSession:
        """Transcribe audio while it is still being recorded: the client sends base64 audio chunks
        (`input_audio_chunk`); the server answers with partial transcripts, which may still change, and
        committed transcripts, which do not.

        `/v1/speech-to-text/realtime` over a WebSocket: opens the connection (the settings below go in its
        query) and answers, awaited, with a session for `async with`.

        Args:
            model_id (str): The transcription model, e.g. scribe_v2_realtime.
            audio_format (AudioFormatEnum | Unset): The encoding and sample rate of the audio sent. The
                server's default: "pcm_16000".
            language_code (str | Unset): The language of the audio (ISO 639-1 or ISO 639-3), if known;
                left out, it is detected.
            commit_strategy (CommitStrategy | Unset): Who commits a segment; the client (manual) or
                voice activity detection (vad). The server's default: "manual".
            vad_silence_threshold_secs (float | Unset): With the vad strategy, how many seconds of
                silence end a segment (0.3 to 3). The server's default: 1.5.
            vad_threshold (float | Unset): With the vad strategy, how sure voice activity detection must
                be that there is speech (0.1 to 0.9). The server's default: 0.4.
            min_speech_duration_ms (int | Unset): With the vad strategy, the shortest speech, in
                milliseconds, that counts (50 to 2000). The server's default: 100.
            min_silence_duration_ms (int | Unset): With the vad strategy, the shortest silence, in
                milliseconds, that counts (50 to 2000). The server's default: 100.
            include_timestamps (bool | Unset): Whether a committed segment also comes as
                committed_transcript_with_timestamps, with word timings. The server's default: false.
            include_language_detection (bool | Unset): Whether committed transcripts say which language
                was detected. The server's default: false.
            keyterms (list[str] | Unset): Words and phrases the model should favour (the parameter is
                repeated, once per term).
            no_verbatim (bool | Unset): Whether filler words and disfluencies are left out of the
                transcript.
            enable_logging (bool | Unset): Whether the request is logged; false is zero retention mode
                (enterprise only). The server's default: true.
            request_options (RequestOptions | None): This call's timeout (the handshake's, and the longest wait
                for a message), max_retries (of the handshake), additional_headers, additional_query_parameters.
        """
        from ...realtime import speech_to_text_realtime

        opening = speech_to_text_realtime.opening(
            model_id=model_id,
            audio_format=audio_format,
            language_code=language_code,
            commit_strategy=commit_strategy,
            vad_silence_threshold_secs=vad_silence_threshold_secs,
            vad_threshold=vad_threshold,
            min_speech_duration_ms=min_speech_duration_ms,
            min_silence_duration_ms=min_silence_duration_ms,
            include_timestamps=include_timestamps,
            include_language_detection=include_language_detection,
            keyterms=keyterms,
            no_verbatim=no_verbatim,
            enable_logging=enable_logging,
        )
        return await self._requester.open_realtime(speech_to_text_realtime.CHANNEL, opening, request_options)


class AsyncSpeechToTextResourceWithRawResponse:
    """`AsyncSpeechToTextResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSpeechToTextResource) -> None:
        self.convert = async_raw_response(resource.convert)
