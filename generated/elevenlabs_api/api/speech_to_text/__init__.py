"""`client.speech_to_text`: the operations of group `speech_to_text`, as methods of SpeechToTextResource and AsyncSpeechToTextResource."""

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

    from ...models.body_speech_to_text_v1_speech_to_text_post import BodySpeechToTextV1SpeechToTextPost
    from ...models.body_speech_to_text_v1_speech_to_text_post_file_format import (
        BodySpeechToTextV1SpeechToTextPostFileFormat,
    )
    from ...models.body_speech_to_text_v1_speech_to_text_post_model_id import BodySpeechToTextV1SpeechToTextPostModelId
    from ...models.body_speech_to_text_v1_speech_to_text_post_multichannel_output_style import (
        BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle,
    )
    from ...models.body_speech_to_text_v1_speech_to_text_post_timestamps_granularity import (
        BodySpeechToTextV1SpeechToTextPostTimestampsGranularity,
    )
    from ...models.body_speech_to_text_v1_speech_to_text_post_webhook_metadata_type_1 import (
        BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1,
    )
    from ...models.docx_export_options import DocxExportOptions
    from ...models.html_export_options import HtmlExportOptions
    from ...models.http_validation_error import HTTPValidationError
    from ...models.multichannel_speech_to_text_response_model import MultichannelSpeechToTextResponseModel
    from ...models.pdf_export_options import PdfExportOptions
    from ...models.segmented_json_export_options import SegmentedJsonExportOptions
    from ...models.speech_to_text_chunk_response_model import SpeechToTextChunkResponseModel
    from ...models.speech_to_text_webhook_response_model import SpeechToTextWebhookResponseModel
    from ...models.srt_export_options import SrtExportOptions
    from ...models.txt_export_options import TxtExportOptions
    from ...types import File
    from ..speech_to_text_transcripts import AsyncSpeechToTextTranscriptsResource, SpeechToTextTranscriptsResource
from . import speech_to_text_convert


def _parse_speech_to_text_convert(
    response: httpx.Response,
) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
    from ...models.body_speech_to_text_v1_speech_to_text_post import BodySpeechToTextV1SpeechToTextPost
    from ...models.http_validation_error import HTTPValidationError
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
        model_id: BodySpeechToTextV1SpeechToTextPostModelId,
        *,
        file: FileInput | None | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        tag_audio_events: bool | Unset = True,
        num_speakers: int | None | Unset = UNSET,
        timestamps_granularity: BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset = "word",
        diarize: bool | Unset = False,
        diarization_threshold: float | None | Unset = UNSET,
        additional_formats: builtins.list[
            DocxExportOptions
            | HtmlExportOptions
            | PdfExportOptions
            | SegmentedJsonExportOptions
            | SrtExportOptions
            | TxtExportOptions
        ]
        | Unset = UNSET,
        file_format: BodySpeechToTextV1SpeechToTextPostFileFormat | Unset = "other",
        cloud_storage_url: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        webhook: bool | Unset = False,
        webhook_id: None | str | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        use_multi_channel: bool | Unset = False,
        multichannel_output_style: BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset = "separate",
        webhook_metadata: BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset = UNSET,
        entity_detection: builtins.list[str] | None | str | Unset = UNSET,
        no_verbatim: bool | Unset = False,
        use_speaker_library: bool | Unset = False,
        detect_speaker_roles: bool | Unset = False,
        entity_redaction: builtins.list[str] | None | str | Unset = UNSET,
        entity_redaction_mode: str | Unset = "enumerated_entity_type",
        keyterms: builtins.list[str] | Unset = UNSET,
        token: None | str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
        """Speech To Text

        Transcribe an audio or video file. If webhook is set to true, the request will be processed
        asynchronously and results sent to configured webhooks. When use_multi_channel is true and the
        provided audio has multiple channels, a 'transcripts' object with separate transcripts for each
        channel is returned; set multichannel_output_style='combined' to instead receive a single transcript
        with all channels merged and sorted by time. Otherwise, returns a single transcript. The optional
        webhook_metadata parameter allows you to attach custom data that will be included in webhook
        responses for request correlation and tracking.

        `POST /v1/speech-to-text`.
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
        model_id: BodySpeechToTextV1SpeechToTextPostModelId,
        *,
        file: FileInput | None | Unset = UNSET,
        language_code: None | str | Unset = UNSET,
        tag_audio_events: bool | Unset = True,
        num_speakers: int | None | Unset = UNSET,
        timestamps_granularity: BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset = "word",
        diarize: bool | Unset = False,
        diarization_threshold: float | None | Unset = UNSET,
        additional_formats: builtins.list[
            DocxExportOptions
            | HtmlExportOptions
            | PdfExportOptions
            | SegmentedJsonExportOptions
            | SrtExportOptions
            | TxtExportOptions
        ]
        | Unset = UNSET,
        file_format: BodySpeechToTextV1SpeechToTextPostFileFormat | Unset = "other",
        cloud_storage_url: None | str | Unset = UNSET,
        source_url: None | str | Unset = UNSET,
        webhook: bool | Unset = False,
        webhook_id: None | str | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        seed: int | None | Unset = UNSET,
        use_multi_channel: bool | Unset = False,
        multichannel_output_style: BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset = "separate",
        webhook_metadata: BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset = UNSET,
        entity_detection: builtins.list[str] | None | str | Unset = UNSET,
        no_verbatim: bool | Unset = False,
        use_speaker_library: bool | Unset = False,
        detect_speaker_roles: bool | Unset = False,
        entity_redaction: builtins.list[str] | None | str | Unset = UNSET,
        entity_redaction_mode: str | Unset = "enumerated_entity_type",
        keyterms: builtins.list[str] | Unset = UNSET,
        token: None | str | Unset = UNSET,
        enable_logging: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MultichannelSpeechToTextResponseModel | SpeechToTextChunkResponseModel | SpeechToTextWebhookResponseModel:
        """Speech To Text

        Transcribe an audio or video file. If webhook is set to true, the request will be processed
        asynchronously and results sent to configured webhooks. When use_multi_channel is true and the
        provided audio has multiple channels, a 'transcripts' object with separate transcripts for each
        channel is returned; set multichannel_output_style='combined' to instead receive a single transcript
        with all channels merged and sorted by time. Otherwise, returns a single transcript. The optional
        webhook_metadata parameter allows you to attach custom data that will be included in webhook
        responses for request correlation and tracking.

        `POST /v1/speech-to-text`.
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


class AsyncSpeechToTextResourceWithRawResponse:
    """`AsyncSpeechToTextResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncSpeechToTextResource) -> None:
        self.convert = async_raw_response(resource.convert)
