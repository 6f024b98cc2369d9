from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BodySpeechToTextV1SpeechToTextPostFileFormat,
    BodySpeechToTextV1SpeechToTextPostModelId,
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle,
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodySpeechToTextV1SpeechToTextPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    model_id: The ID of the model to use for transcription.
    file: The file to transcribe (100ms minimum audio length). All major audio and video formats are supported.
        Exactly one of the file or cloud_storage_url parameters must be provided. The file size must be less than 5.0GB.
    language_code: An ISO-639-1 or ISO-639-3 language_code corresponding to the language of the audio file. Can
        sometimes improve transcription performance if known beforehand. Defaults to null, in this case the language is
        predicted automatically.
    tag_audio_events: Whether to tag audio events like (laughter), (footsteps), etc. in the transcription. Defaults
        to True on the server.
    num_speakers: The maximum amount of speakers talking in the uploaded file. Can help with predicting who speaks
        when. The maximum amount of speakers that can be predicted is 32. Defaults to null, in this case the amount of
        speakers is set to the maximum value the model supports.
    timestamps_granularity: The granularity of the timestamps in the transcription. 'word' provides word-level
        timestamps and 'character' provides character-level timestamps per word. Defaults to 'word' on the server.
    diarize: Whether to annotate which speaker is currently talking in the uploaded file. Defaults to False on the
        server.
    diarization_threshold: Diarization threshold to apply during speaker diarization. A higher value means there
        will be a lower chance of one speaker being diarized as two different speakers but also a higher chance of two
        different speakers being diarized as one speaker (less total speakers predicted). A low value means there will
        be a higher chance of one speaker being diarized as two different speakers but also a lower chance of two
        different speakers being diarized as one speaker (more total speakers predicted). Can only be set when
        diarize=True and num_speakers=None. Defaults to None, in which case we will choose a threshold based on the
        model_id (0.22 usually).
    file_format: The format of input audio. Options are 'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input
        audio must be 16-bit PCM at a 16kHz sample rate, single channel (mono), and little-endian byte order. Latency
        will be lower than with passing an encoded waveform. Defaults to 'other' on the server.
    cloud_storage_url: [Deprecated] This parameter is deprecated and will be removed in the future. Use 'source_url'
        instead.The HTTPS URL of the file to transcribe. Exactly one of the file or cloud_storage_url parameters must be
        provided. The file must be accessible via HTTPS and the file size must be less than 2GB. Any valid HTTPS URL is
        accepted, including URLs from cloud storage providers (AWS S3, Google Cloud Storage, Cloudflare R2, etc.), CDNs,
        or any other HTTPS source. URLs can be pre-signed or include authentication tokens in query parameters.
    source_url: The URL of an audio or video file to transcribe. Supports hosted video or audio files, YouTube video
        URLs, TikTok video URLs, and other video hosting services.
    webhook: Whether to send the transcription result to configured speech-to-text webhooks.  If set the request
        will return early without the transcription, which will be delivered later via webhook. Defaults to False on the
        server.
    webhook_id: Optional specific webhook ID to send the transcription result to. Only valid when webhook is set to
        true. If not provided, transcription will be sent to all configured speech-to-text webhooks.
    temperature: Controls the randomness of the transcription output. Accepts values between 0.0 and 2.0, where
        higher values result in more diverse and less deterministic results. If omitted, we will use a temperature based
        on the model you selected which is usually 0.
    seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests
        with the same seed and parameters should return the same result. Determinism is not guaranteed. Must be an
        integer between 0 and 2147483647.
    use_multi_channel: Whether the audio file contains multiple channels where each channel contains a single
        speaker. When enabled, each channel is transcribed independently. By default a separate transcript is returned
        per channel; set multichannel_output_style='combined' to instead receive a single transcript with all channels
        merged and sorted by time. Each word in the response includes a 'channel_index' field indicating which channel
        it was spoken on. A maximum of 5 channels is supported. Each channel is billed independently at the full audio
        duration, so cost scales linearly with the number of channels. Defaults to False on the server.
    multichannel_output_style: Controls the response shape when use_multi_channel is enabled. 'separate' (default)
        returns one transcript per channel under 'transcripts'. 'combined' merges all channels into a single transcript
        whose words are sorted by start time, each carrying a 'channel_index' - matching the single-channel response
        shape. 'combined' requires timestamps (timestamps_granularity must not be 'none') and does not support entity
        detection or redaction. Defaults to 'separate' on the server.
    webhook_metadata: Optional metadata to be included in the webhook response. This should be a JSON string
        representing an object with a maximum depth of 2 levels and maximum size of 16KB. Useful for tracking internal
        IDs, job references, or other contextual information.
    entity_detection: Detect entities in the transcript. Can be 'all' to detect all entities, a single entity type
        or category string, or a list of entity types/categories. Categories include 'pii', 'phi', 'pci', 'other',
        'offensive_language'. When enabled, detected entities will be returned in the 'entities' field with their text,
        type, and character positions. Usage of this parameter will incur an additional 30% surcharge on the base
        transcription cost.
    no_verbatim: If true, the transcription will not have any filler words, false starts and non-speech sounds. Only
        supported with scribe_v2 model. Defaults to False on the server.
    use_speaker_library: Whether to use the speaker library for identifying known speakers during diarization. When
        enabled and diarize is true, detected speakers will be matched against registered speakers in the workspace's
        speaker library. Defaults to False on the server.
    detect_speaker_roles: Whether to detect speaker roles (agent vs customer). Requires diarize=true. Cannot be used
        with use_multi_channel=true. When enabled, speaker_id values will be 'agent' and 'customer' instead of
        'speaker_0', 'speaker_1', etc. Usage incurs an additional 10% surcharge on base transcription cost. Defaults to
        False on the server.
    entity_redaction: Redact entities from the transcript text. Accepts the same format as entity_detection: 'all',
        a category ('pii', 'phi'), or specific entity types. Must be a subset of entity_detection. When redaction is
        enabled, the entities field will not be returned. Usage of this parameter will incur an additional 30% surcharge
        on the base transcription cost.
    entity_redaction_mode: How to format redacted entities. 'redacted' replaces with {REDACTED}, 'entity_type'
        replaces with {ENTITY_TYPE}, 'enumerated_entity_type' replaces with {ENTITY_TYPE_N} where N enumerates each
        occurrence. Only used when entity_redaction is set. Defaults to 'enumerated_entity_type' on the server.
    keyterms: A list of keyterms to bias the transcription towards.           The keyterms are words or phrases you
        want the model to recognise more accurately.           The number of keyterms cannot exceed 1000.           The
        length of each keyterm must be less than 50 characters.           Keyterms can contain at most 5 words (after
        normalisation).           For example ["hello", "world", "technical term"].           The following characters
        are not supported: `<`, `>`, `{`, `}`, `[`, `]`, `\\`.           Usage of this parameter will incur an
        additional 20% surcharge on the base transcription cost.           When more than 100 keyterms are provided, a
        minimum billable duration of 20 seconds applies per request. Defaults to [] on the server.
    """

    model_id: BodySpeechToTextV1SpeechToTextPostModelId

    file: File | None | Unset = UNSET

    language_code: None | str | Unset = UNSET

    tag_audio_events: bool | Unset = UNSET

    num_speakers: int | None | Unset = UNSET

    timestamps_granularity: BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset = UNSET

    diarize: bool | Unset = UNSET

    diarization_threshold: float | None | Unset = UNSET

    additional_formats: (
        list[
            DocxExportOptions
            | HtmlExportOptions
            | PdfExportOptions
            | SegmentedJsonExportOptions
            | SrtExportOptions
            | TxtExportOptions
        ]
        | Unset
    ) = UNSET

    file_format: BodySpeechToTextV1SpeechToTextPostFileFormat | Unset = UNSET

    cloud_storage_url: None | str | Unset = UNSET

    source_url: None | str | Unset = UNSET

    webhook: bool | Unset = UNSET

    webhook_id: None | str | Unset = UNSET

    temperature: float | None | Unset = UNSET

    seed: int | None | Unset = UNSET

    use_multi_channel: bool | Unset = UNSET

    multichannel_output_style: BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset = UNSET

    webhook_metadata: BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset = UNSET

    entity_detection: list[str] | None | str | Unset = UNSET

    no_verbatim: bool | Unset = UNSET

    use_speaker_library: bool | Unset = UNSET

    detect_speaker_roles: bool | Unset = UNSET

    entity_redaction: list[str] | None | str | Unset = UNSET

    entity_redaction_mode: str | Unset = UNSET

    keyterms: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", literal("BodySpeechToTextV1SpeechToTextPostModelId"), required=True),
        Field("file", "file", union(FILE, NULL)),
        Field("language_code", "language_code", union(STR, NULL)),
        Field("tag_audio_events", "tag_audio_events", BOOL),
        Field("num_speakers", "num_speakers", union(INT, NULL)),
        Field(
            "timestamps_granularity",
            "timestamps_granularity",
            literal("BodySpeechToTextV1SpeechToTextPostTimestampsGranularity"),
        ),
        Field("diarize", "diarize", BOOL),
        Field("diarization_threshold", "diarization_threshold", union(FLOAT, NULL)),
        Field(
            "additional_formats",
            "additional_formats",
            list_of(
                union(
                    object_of("SegmentedJsonExportOptions"),
                    object_of("DocxExportOptions"),
                    object_of("PdfExportOptions"),
                    object_of("TxtExportOptions"),
                    object_of("HtmlExportOptions"),
                    object_of("SrtExportOptions"),
                )
            ),
        ),
        Field("file_format", "file_format", literal("BodySpeechToTextV1SpeechToTextPostFileFormat")),
        Field("cloud_storage_url", "cloud_storage_url", union(STR, NULL)),
        Field("source_url", "source_url", union(STR, NULL)),
        Field("webhook", "webhook", BOOL),
        Field("webhook_id", "webhook_id", union(STR, NULL)),
        Field("temperature", "temperature", union(FLOAT, NULL)),
        Field("seed", "seed", union(INT, NULL)),
        Field("use_multi_channel", "use_multi_channel", BOOL),
        Field(
            "multichannel_output_style",
            "multichannel_output_style",
            literal("BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle"),
        ),
        Field(
            "webhook_metadata",
            "webhook_metadata",
            union(STR, object_of("BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1"), NULL),
        ),
        Field("entity_detection", "entity_detection", union(STR, list_of(STR), NULL)),
        Field("no_verbatim", "no_verbatim", BOOL),
        Field("use_speaker_library", "use_speaker_library", BOOL),
        Field("detect_speaker_roles", "detect_speaker_roles", BOOL),
        Field("entity_redaction", "entity_redaction", union(STR, list_of(STR), NULL)),
        Field("entity_redaction_mode", "entity_redaction_mode", STR),
        Field("keyterms", "keyterms", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("model_id", (None, str(self.model_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            elif self.file is None:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.language_code, Unset):
            if isinstance(self.language_code, str) or self.language_code is None:
                files.append(("language_code", (None, str(self.language_code).encode(), "text/plain")))

        if not isinstance(self.tag_audio_events, Unset):
            files.append(("tag_audio_events", (None, b"true" if self.tag_audio_events else b"false", "text/plain")))

        if not isinstance(self.num_speakers, Unset):
            if isinstance(self.num_speakers, int) or self.num_speakers is None:
                files.append(("num_speakers", (None, str(self.num_speakers).encode(), "text/plain")))

        if not isinstance(self.timestamps_granularity, Unset):
            files.append(("timestamps_granularity", (None, str(self.timestamps_granularity).encode(), "text/plain")))

        if not isinstance(self.diarize, Unset):
            files.append(("diarize", (None, b"true" if self.diarize else b"false", "text/plain")))

        if not isinstance(self.diarization_threshold, Unset):
            if isinstance(self.diarization_threshold, float) or self.diarization_threshold is None:
                files.append(("diarization_threshold", (None, str(self.diarization_threshold).encode(), "text/plain")))

        if not isinstance(self.additional_formats, Unset):
            for componentsschemas_additional_formats_item_element in self.additional_formats:
                if (
                    isinstance(componentsschemas_additional_formats_item_element, SegmentedJsonExportOptions)
                    or isinstance(componentsschemas_additional_formats_item_element, DocxExportOptions)
                    or isinstance(componentsschemas_additional_formats_item_element, PdfExportOptions)
                    or isinstance(componentsschemas_additional_formats_item_element, TxtExportOptions)
                    or isinstance(componentsschemas_additional_formats_item_element, HtmlExportOptions)
                    or isinstance(componentsschemas_additional_formats_item_element, SrtExportOptions)
                ):
                    files.append(
                        (
                            "additional_formats",
                            (
                                None,
                                types.json_part(componentsschemas_additional_formats_item_element.to_dict()).encode(),
                                "application/json",
                            ),
                        )
                    )

        if not isinstance(self.file_format, Unset):
            files.append(("file_format", (None, str(self.file_format).encode(), "text/plain")))

        if not isinstance(self.cloud_storage_url, Unset):
            if isinstance(self.cloud_storage_url, str) or self.cloud_storage_url is None:
                files.append(("cloud_storage_url", (None, str(self.cloud_storage_url).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            if isinstance(self.source_url, str) or self.source_url is None:
                files.append(("source_url", (None, str(self.source_url).encode(), "text/plain")))

        if not isinstance(self.webhook, Unset):
            files.append(("webhook", (None, b"true" if self.webhook else b"false", "text/plain")))

        if not isinstance(self.webhook_id, Unset):
            if isinstance(self.webhook_id, str) or self.webhook_id is None:
                files.append(("webhook_id", (None, str(self.webhook_id).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            if isinstance(self.temperature, float) or self.temperature is None:
                files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.seed, Unset):
            if isinstance(self.seed, int) or self.seed is None:
                files.append(("seed", (None, str(self.seed).encode(), "text/plain")))

        if not isinstance(self.use_multi_channel, Unset):
            files.append(("use_multi_channel", (None, b"true" if self.use_multi_channel else b"false", "text/plain")))

        if not isinstance(self.multichannel_output_style, Unset):
            files.append(
                ("multichannel_output_style", (None, str(self.multichannel_output_style).encode(), "text/plain"))
            )

        if not isinstance(self.webhook_metadata, Unset):
            if isinstance(self.webhook_metadata, str):
                files.append(("webhook_metadata", (None, str(self.webhook_metadata).encode(), "text/plain")))
            elif isinstance(self.webhook_metadata, BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1):
                files.append(
                    (
                        "webhook_metadata",
                        (None, types.json_part(self.webhook_metadata.to_dict()).encode(), "application/json"),
                    )
                )
            elif self.webhook_metadata is None:
                files.append(("webhook_metadata", (None, str(self.webhook_metadata).encode(), "text/plain")))

        if not isinstance(self.entity_detection, Unset):
            if isinstance(self.entity_detection, str):
                files.append(("entity_detection", (None, str(self.entity_detection).encode(), "text/plain")))
            elif isinstance(self.entity_detection, list):
                for entity_detection_type_1_item_element in self.entity_detection:
                    files.append(
                        ("entity_detection", (None, str(entity_detection_type_1_item_element).encode(), "text/plain"))
                    )
            elif self.entity_detection is None:
                files.append(("entity_detection", (None, str(self.entity_detection).encode(), "text/plain")))

        if not isinstance(self.no_verbatim, Unset):
            files.append(("no_verbatim", (None, b"true" if self.no_verbatim else b"false", "text/plain")))

        if not isinstance(self.use_speaker_library, Unset):
            files.append(
                ("use_speaker_library", (None, b"true" if self.use_speaker_library else b"false", "text/plain"))
            )

        if not isinstance(self.detect_speaker_roles, Unset):
            files.append(
                ("detect_speaker_roles", (None, b"true" if self.detect_speaker_roles else b"false", "text/plain"))
            )

        if not isinstance(self.entity_redaction, Unset):
            if isinstance(self.entity_redaction, str):
                files.append(("entity_redaction", (None, str(self.entity_redaction).encode(), "text/plain")))
            elif isinstance(self.entity_redaction, list):
                for entity_redaction_type_1_item_element in self.entity_redaction:
                    files.append(
                        ("entity_redaction", (None, str(entity_redaction_type_1_item_element).encode(), "text/plain"))
                    )
            elif self.entity_redaction is None:
                files.append(("entity_redaction", (None, str(self.entity_redaction).encode(), "text/plain")))

        if not isinstance(self.entity_redaction_mode, Unset):
            files.append(("entity_redaction_mode", (None, str(self.entity_redaction_mode).encode(), "text/plain")))

        if not isinstance(self.keyterms, Unset):
            for keyterms_item_element in self.keyterms:
                files.append(("keyterms", (None, str(keyterms_item_element).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files


@_attrs_define(slots=False)
class BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class DocxExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["docx"] = _attrs_field(
        default="docx",
        kw_only=True,
        alias="format",
        validator=types.tag("DocxExportOptions", "format", "docx"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("docx"), required=True),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(DocxExportOptions, format_="format")


@_attrs_define(slots=False)
class HtmlExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["html"] = _attrs_field(
        default="html",
        kw_only=True,
        alias="format",
        validator=types.tag("HtmlExportOptions", "format", "html"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("html"), required=True),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(HtmlExportOptions, format_="format")


@_attrs_define(slots=False)
class PdfExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["pdf"] = _attrs_field(
        default="pdf",
        kw_only=True,
        alias="format",
        validator=types.tag("PdfExportOptions", "format", "pdf"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("pdf"), required=True),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PdfExportOptions, format_="format")


@_attrs_define(slots=False)
class SegmentedJsonExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["segmented_json"] = _attrs_field(
        default="segmented_json",
        kw_only=True,
        alias="format",
        validator=types.tag("SegmentedJsonExportOptions", "format", "segmented_json"),
    )

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("segmented_json"), required=True),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SegmentedJsonExportOptions, format_="format")


@_attrs_define(slots=False)
class SrtExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    max_characters_per_line: Defaults to 42 on the server.
    include_speakers: Defaults to False on the server.
    include_timestamps: Defaults to True on the server.
    segment_on_silence_longer_than_s: Defaults to 0.8 on the server.
    max_segment_duration_s: Defaults to 4 on the server.
    max_segment_chars: Defaults to 84 on the server.
    """

    format_: Literal["srt"] = _attrs_field(
        default="srt",
        kw_only=True,
        alias="format",
        validator=types.tag("SrtExportOptions", "format", "srt"),
    )

    max_characters_per_line: int | None | Unset = UNSET

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("srt"), required=True),
        Field("max_characters_per_line", "max_characters_per_line", union(INT, NULL)),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SrtExportOptions, format_="format")


@_attrs_define(slots=False)
class TxtExportOptions(Lazy, AdditionalProperties[Any]):
    """Attributes:
    max_characters_per_line: Defaults to 100 on the server.
    include_speakers: Defaults to True on the server.
    include_timestamps: Defaults to True on the server.
    """

    format_: Literal["txt"] = _attrs_field(
        default="txt",
        kw_only=True,
        alias="format",
        validator=types.tag("TxtExportOptions", "format", "txt"),
    )

    max_characters_per_line: int | None | Unset = UNSET

    include_speakers: bool | Unset = UNSET

    include_timestamps: bool | Unset = UNSET

    segment_on_silence_longer_than_s: float | None | Unset = UNSET

    max_segment_duration_s: float | None | Unset = UNSET

    max_segment_chars: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("format_", "format", const("txt"), required=True),
        Field("max_characters_per_line", "max_characters_per_line", union(INT, NULL)),
        Field("include_speakers", "include_speakers", BOOL),
        Field("include_timestamps", "include_timestamps", BOOL),
        Field("segment_on_silence_longer_than_s", "segment_on_silence_longer_than_s", union(FLOAT, NULL)),
        Field("max_segment_duration_s", "max_segment_duration_s", union(FLOAT, NULL)),
        Field("max_segment_chars", "max_segment_chars", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(TxtExportOptions, format_="format")
