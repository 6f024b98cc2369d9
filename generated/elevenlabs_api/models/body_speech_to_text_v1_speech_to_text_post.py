from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodySpeechToTextV1SpeechToTextPostFileFormat,
    BodySpeechToTextV1SpeechToTextPostModelId,
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle,
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity,
    check_body_speech_to_text_v1_speech_to_text_post_file_format,
    check_body_speech_to_text_v1_speech_to_text_post_model_id,
    check_body_speech_to_text_v1_speech_to_text_post_multichannel_output_style,
    check_body_speech_to_text_v1_speech_to_text_post_timestamps_granularity,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodySpeechToTextV1SpeechToTextPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodySpeechToTextV1SpeechToTextPost(Lazy):
    """Attributes:
    model_id (BodySpeechToTextV1SpeechToTextPostModelId): The ID of the model to use for transcription.
    file (File | None | Unset): The file to transcribe (100ms minimum audio length). All major audio and video
        formats are supported. Exactly one of the file or cloud_storage_url parameters must be provided. The file size
        must be less than 5.0GB.
    language_code (None | str | Unset): An ISO-639-1 or ISO-639-3 language_code corresponding to the language of the
        audio file. Can sometimes improve transcription performance if known beforehand. Defaults to null, in this case
        the language is predicted automatically.
    tag_audio_events (bool | Unset): Whether to tag audio events like (laughter), (footsteps), etc. in the
        transcription. Defaults to True on the server.
    num_speakers (int | None | Unset): The maximum amount of speakers talking in the uploaded file. Can help with
        predicting who speaks when. The maximum amount of speakers that can be predicted is 32. Defaults to null, in
        this case the amount of speakers is set to the maximum value the model supports.
    timestamps_granularity (BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset): The granularity of the
        timestamps in the transcription. 'word' provides word-level timestamps and 'character' provides character-level
        timestamps per word. Defaults to 'word' on the server.
    diarize (bool | Unset): Whether to annotate which speaker is currently talking in the uploaded file. Defaults to
        False on the server.
    diarization_threshold (float | None | Unset): Diarization threshold to apply during speaker diarization. A
        higher value means there will be a lower chance of one speaker being diarized as two different speakers but also
        a higher chance of two different speakers being diarized as one speaker (less total speakers predicted). A low
        value means there will be a higher chance of one speaker being diarized as two different speakers but also a
        lower chance of two different speakers being diarized as one speaker (more total speakers predicted). Can only
        be set when diarize=True and num_speakers=None. Defaults to None, in which case we will choose a threshold based
        on the model_id (0.22 usually).
    additional_formats (list[DocxExportOptions | HtmlExportOptions | PdfExportOptions | SegmentedJsonExportOptions |
        SrtExportOptions | TxtExportOptions] | Unset):
    file_format (BodySpeechToTextV1SpeechToTextPostFileFormat | Unset): The format of input audio. Options are
        'pcm_s16le_16' or 'other' For `pcm_s16le_16`, the input audio must be 16-bit PCM at a 16kHz sample rate, single
        channel (mono), and little-endian byte order. Latency will be lower than with passing an encoded waveform.
        Defaults to 'other' on the server.
    cloud_storage_url (None | str | Unset): [Deprecated] This parameter is deprecated and will be removed in the
        future. Use 'source_url' instead.The HTTPS URL of the file to transcribe. Exactly one of the file or
        cloud_storage_url parameters must be provided. The file must be accessible via HTTPS and the file size must be
        less than 2GB. Any valid HTTPS URL is accepted, including URLs from cloud storage providers (AWS S3, Google
        Cloud Storage, Cloudflare R2, etc.), CDNs, or any other HTTPS source. URLs can be pre-signed or include
        authentication tokens in query parameters.
    source_url (None | str | Unset): The URL of an audio or video file to transcribe. Supports hosted video or audio
        files, YouTube video URLs, TikTok video URLs, and other video hosting services.
    webhook (bool | Unset): Whether to send the transcription result to configured speech-to-text webhooks.  If set
        the request will return early without the transcription, which will be delivered later via webhook. Defaults to
        False on the server.
    webhook_id (None | str | Unset): Optional specific webhook ID to send the transcription result to. Only valid
        when webhook is set to true. If not provided, transcription will be sent to all configured speech-to-text
        webhooks.
    temperature (float | None | Unset): Controls the randomness of the transcription output. Accepts values between
        0.0 and 2.0, where higher values result in more diverse and less deterministic results. If omitted, we will use
        a temperature based on the model you selected which is usually 0.
    seed (int | None | Unset): If specified, our system will make a best effort to sample deterministically, such
        that repeated requests with the same seed and parameters should return the same result. Determinism is not
        guaranteed. Must be an integer between 0 and 2147483647.
    use_multi_channel (bool | Unset): Whether the audio file contains multiple channels where each channel contains
        a single speaker. When enabled, each channel is transcribed independently. By default a separate transcript is
        returned per channel; set multichannel_output_style='combined' to instead receive a single transcript with all
        channels merged and sorted by time. Each word in the response includes a 'channel_index' field indicating which
        channel it was spoken on. A maximum of 5 channels is supported. Each channel is billed independently at the full
        audio duration, so cost scales linearly with the number of channels. Defaults to False on the server.
    multichannel_output_style (BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset): Controls the
        response shape when use_multi_channel is enabled. 'separate' (default) returns one transcript per channel under
        'transcripts'. 'combined' merges all channels into a single transcript whose words are sorted by start time,
        each carrying a 'channel_index' - matching the single-channel response shape. 'combined' requires timestamps
        (timestamps_granularity must not be 'none') and does not support entity detection or redaction. Defaults to
        'separate' on the server.
    webhook_metadata (BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset): Optional
        metadata to be included in the webhook response. This should be a JSON string representing an object with a
        maximum depth of 2 levels and maximum size of 16KB. Useful for tracking internal IDs, job references, or other
        contextual information.
    entity_detection (list[str] | None | str | Unset): Detect entities in the transcript. Can be 'all' to detect all
        entities, a single entity type or category string, or a list of entity types/categories. Categories include
        'pii', 'phi', 'pci', 'other', 'offensive_language'. When enabled, detected entities will be returned in the
        'entities' field with their text, type, and character positions. Usage of this parameter will incur an
        additional 30% surcharge on the base transcription cost.
    no_verbatim (bool | Unset): If true, the transcription will not have any filler words, false starts and non-
        speech sounds. Only supported with scribe_v2 model. Defaults to False on the server.
    use_speaker_library (bool | Unset): Whether to use the speaker library for identifying known speakers during
        diarization. When enabled and diarize is true, detected speakers will be matched against registered speakers in
        the workspace's speaker library. Defaults to False on the server.
    detect_speaker_roles (bool | Unset): Whether to detect speaker roles (agent vs customer). Requires diarize=true.
        Cannot be used with use_multi_channel=true. When enabled, speaker_id values will be 'agent' and 'customer'
        instead of 'speaker_0', 'speaker_1', etc. Usage incurs an additional 10% surcharge on base transcription cost.
        Defaults to False on the server.
    entity_redaction (list[str] | None | str | Unset): Redact entities from the transcript text. Accepts the same
        format as entity_detection: 'all', a category ('pii', 'phi'), or specific entity types. Must be a subset of
        entity_detection. When redaction is enabled, the entities field will not be returned. Usage of this parameter
        will incur an additional 30% surcharge on the base transcription cost.
    entity_redaction_mode (str | Unset): How to format redacted entities. 'redacted' replaces with {REDACTED},
        'entity_type' replaces with {ENTITY_TYPE}, 'enumerated_entity_type' replaces with {ENTITY_TYPE_N} where N
        enumerates each occurrence. Only used when entity_redaction is set. Defaults to 'enumerated_entity_type' on the
        server.
    keyterms (list[str] | Unset): A list of keyterms to bias the transcription towards.           The keyterms are
        words or phrases you want the model to recognise more accurately.           The number of keyterms cannot exceed
        1000.           The length of each keyterm must be less than 50 characters.           Keyterms can contain at
        most 5 words (after normalisation).           For example ["hello", "world", "technical term"].           The
        following characters are not supported: `<`, `>`, `{`, `}`, `[`, `]`, `\\`.           Usage of this parameter
        will incur an additional 20% surcharge on the base transcription cost.           When more than 100 keyterms are
        provided, a minimum billable duration of 20 seconds applies per request. Defaults to [] on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("model_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id: Any
        try:
            model_id = self.model_id
        except (AttributeError, TypeError):
            model_id = self.model_id

        file: Any
        try:
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, File):
                file = self.file.to_tuple()

            else:
                file = self.file

        except (AttributeError, TypeError):
            file = self.file

        language_code: Any
        try:
            language_code = self.language_code

        except (AttributeError, TypeError):
            language_code = self.language_code

        tag_audio_events = self.tag_audio_events

        num_speakers: Any
        try:
            num_speakers = self.num_speakers

        except (AttributeError, TypeError):
            num_speakers = self.num_speakers

        timestamps_granularity: Any
        try:
            timestamps_granularity = UNSET
            if not isinstance(self.timestamps_granularity, Unset):
                timestamps_granularity = self.timestamps_granularity

        except (AttributeError, TypeError):
            timestamps_granularity = self.timestamps_granularity

        diarize = self.diarize

        diarization_threshold: Any
        try:
            diarization_threshold = self.diarization_threshold

        except (AttributeError, TypeError):
            diarization_threshold = self.diarization_threshold

        additional_formats: Any
        try:
            additional_formats = UNSET
            if not isinstance(self.additional_formats, Unset):
                additional_formats = []
                for componentsschemas_additional_formats_item_data in self.additional_formats:
                    componentsschemas_additional_formats_item: dict[str, Any]
                    if (
                        isinstance(componentsschemas_additional_formats_item_data, SegmentedJsonExportOptions)
                        or isinstance(componentsschemas_additional_formats_item_data, DocxExportOptions)
                        or isinstance(componentsschemas_additional_formats_item_data, PdfExportOptions)
                        or isinstance(componentsschemas_additional_formats_item_data, TxtExportOptions)
                        or isinstance(componentsschemas_additional_formats_item_data, HtmlExportOptions)
                        or isinstance(componentsschemas_additional_formats_item_data, SrtExportOptions)
                    ):
                        componentsschemas_additional_formats_item = (
                            componentsschemas_additional_formats_item_data.to_dict()
                        )
                    else:
                        componentsschemas_additional_formats_item = componentsschemas_additional_formats_item_data

                    additional_formats.append(componentsschemas_additional_formats_item)

        except (AttributeError, TypeError):
            additional_formats = self.additional_formats

        file_format: Any
        try:
            file_format = UNSET
            if not isinstance(self.file_format, Unset):
                file_format = self.file_format

        except (AttributeError, TypeError):
            file_format = self.file_format

        cloud_storage_url: Any
        try:
            cloud_storage_url = self.cloud_storage_url

        except (AttributeError, TypeError):
            cloud_storage_url = self.cloud_storage_url

        source_url: Any
        try:
            source_url = self.source_url

        except (AttributeError, TypeError):
            source_url = self.source_url

        webhook = self.webhook

        webhook_id: Any
        try:
            webhook_id = self.webhook_id

        except (AttributeError, TypeError):
            webhook_id = self.webhook_id

        temperature: Any
        try:
            temperature = self.temperature

        except (AttributeError, TypeError):
            temperature = self.temperature

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        use_multi_channel = self.use_multi_channel

        multichannel_output_style: Any
        try:
            multichannel_output_style = UNSET
            if not isinstance(self.multichannel_output_style, Unset):
                multichannel_output_style = self.multichannel_output_style

        except (AttributeError, TypeError):
            multichannel_output_style = self.multichannel_output_style

        webhook_metadata: Any
        try:
            if isinstance(self.webhook_metadata, Unset):
                webhook_metadata = UNSET
            elif isinstance(self.webhook_metadata, BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1):
                webhook_metadata = self.webhook_metadata.to_dict()
            else:
                webhook_metadata = self.webhook_metadata

        except (AttributeError, TypeError):
            webhook_metadata = self.webhook_metadata

        entity_detection: Any
        try:
            if isinstance(self.entity_detection, Unset):
                entity_detection = UNSET
            elif isinstance(self.entity_detection, list):
                entity_detection = self.entity_detection

            else:
                entity_detection = self.entity_detection

        except (AttributeError, TypeError):
            entity_detection = self.entity_detection

        no_verbatim = self.no_verbatim

        use_speaker_library = self.use_speaker_library

        detect_speaker_roles = self.detect_speaker_roles

        entity_redaction: Any
        try:
            if isinstance(self.entity_redaction, Unset):
                entity_redaction = UNSET
            elif isinstance(self.entity_redaction, list):
                entity_redaction = self.entity_redaction

            else:
                entity_redaction = self.entity_redaction

        except (AttributeError, TypeError):
            entity_redaction = self.entity_redaction

        entity_redaction_mode = self.entity_redaction_mode

        keyterms: Any
        try:
            keyterms = UNSET
            if not isinstance(self.keyterms, Unset):
                keyterms = self.keyterms

        except (AttributeError, TypeError):
            keyterms = self.keyterms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if file is not UNSET:
            field_dict["file"] = file
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if tag_audio_events is not UNSET:
            field_dict["tag_audio_events"] = tag_audio_events
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if timestamps_granularity is not UNSET:
            field_dict["timestamps_granularity"] = timestamps_granularity
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if diarization_threshold is not UNSET:
            field_dict["diarization_threshold"] = diarization_threshold
        if additional_formats is not UNSET:
            field_dict["additional_formats"] = additional_formats
        if file_format is not UNSET:
            field_dict["file_format"] = file_format
        if cloud_storage_url is not UNSET:
            field_dict["cloud_storage_url"] = cloud_storage_url
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if seed is not UNSET:
            field_dict["seed"] = seed
        if use_multi_channel is not UNSET:
            field_dict["use_multi_channel"] = use_multi_channel
        if multichannel_output_style is not UNSET:
            field_dict["multichannel_output_style"] = multichannel_output_style
        if webhook_metadata is not UNSET:
            field_dict["webhook_metadata"] = webhook_metadata
        if entity_detection is not UNSET:
            field_dict["entity_detection"] = entity_detection
        if no_verbatim is not UNSET:
            field_dict["no_verbatim"] = no_verbatim
        if use_speaker_library is not UNSET:
            field_dict["use_speaker_library"] = use_speaker_library
        if detect_speaker_roles is not UNSET:
            field_dict["detect_speaker_roles"] = detect_speaker_roles
        if entity_redaction is not UNSET:
            field_dict["entity_redaction"] = entity_redaction
        if entity_redaction_mode is not UNSET:
            field_dict["entity_redaction_mode"] = entity_redaction_mode
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        return field_dict

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_speech_to_text_v1_speech_to_text_post = cls.__new__(cls)
        body_speech_to_text_v1_speech_to_text_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_speech_to_text_v1_speech_to_text_post

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_model_id(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    model_id_raw = d.get("model_id", MISSING)
    if model_id_raw is MISSING:
        model_id = missing_field(cls, "model_id")
    else:
        try:
            model_id = check_body_speech_to_text_v1_speech_to_text_post_model_id(model_id_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_id = deviating_field(cls, "model_id", model_id_raw)

    return model_id


def _read_file(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            file_type_0 = File(payload=BytesIO(data))

            return file_type_0

        file = _parse_file(file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_read_language_code = plain_reader(
    "language_code",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_tag_audio_events = plain_reader("tag_audio_events", (bool,), "a boolean", False)

_read_num_speakers = plain_reader(
    "num_speakers",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_timestamps_granularity(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    timestamps_granularity_raw = d.get("timestamps_granularity", UNSET)
    try:
        _timestamps_granularity = timestamps_granularity_raw
        timestamps_granularity: BodySpeechToTextV1SpeechToTextPostTimestampsGranularity | Unset
        if isinstance(_timestamps_granularity, Unset):
            timestamps_granularity = UNSET
        else:
            timestamps_granularity = check_body_speech_to_text_v1_speech_to_text_post_timestamps_granularity(
                _timestamps_granularity
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        timestamps_granularity = deviating_field(cls, "timestamps_granularity", timestamps_granularity_raw)

    return timestamps_granularity


_read_diarize = plain_reader("diarize", (bool,), "a boolean", False)

_read_diarization_threshold = plain_reader(
    "diarization_threshold",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_additional_formats(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    additional_formats_raw = d.get("additional_formats", UNSET)
    try:
        expect_array("additional_formats", additional_formats_raw)
        _additional_formats = additional_formats_raw
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
        if _additional_formats is not UNSET:
            additional_formats = []
            for componentsschemas_additional_formats_item_data in _additional_formats:

                def _parse_componentsschemas_additional_formats_item(
                    data: object,
                ) -> (
                    DocxExportOptions
                    | HtmlExportOptions
                    | PdfExportOptions
                    | SegmentedJsonExportOptions
                    | SrtExportOptions
                    | TxtExportOptions
                ):
                    return parse_strictly(_parse_componentsschemas_additional_formats_item_member, data)

                def _parse_componentsschemas_additional_formats_item_member(
                    data: object,
                ) -> (
                    DocxExportOptions
                    | HtmlExportOptions
                    | PdfExportOptions
                    | SegmentedJsonExportOptions
                    | SrtExportOptions
                    | TxtExportOptions
                ):
                    if isinstance(data, dict):
                        for known in (
                            SegmentedJsonExportOptions,
                            DocxExportOptions,
                            PdfExportOptions,
                            TxtExportOptions,
                            HtmlExportOptions,
                            SrtExportOptions,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_export_options_type_0 = SegmentedJsonExportOptions.from_dict(data)

                        return componentsschemas_export_options_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_export_options_type_1 = DocxExportOptions.from_dict(data)

                        return componentsschemas_export_options_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_export_options_type_2 = PdfExportOptions.from_dict(data)

                        return componentsschemas_export_options_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_export_options_type_3 = TxtExportOptions.from_dict(data)

                        return componentsschemas_export_options_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_export_options_type_4 = HtmlExportOptions.from_dict(data)

                        return componentsschemas_export_options_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_export_options_type_5 = SrtExportOptions.from_dict(data)

                    return componentsschemas_export_options_type_5

                componentsschemas_additional_formats_item = _parse_componentsschemas_additional_formats_item(
                    componentsschemas_additional_formats_item_data
                )

                additional_formats.append(componentsschemas_additional_formats_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        additional_formats = deviating_field(cls, "additional_formats", additional_formats_raw)

    return additional_formats


def _read_file_format(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    file_format_raw = d.get("file_format", UNSET)
    try:
        _file_format = file_format_raw
        file_format: BodySpeechToTextV1SpeechToTextPostFileFormat | Unset
        if isinstance(_file_format, Unset):
            file_format = UNSET
        else:
            file_format = check_body_speech_to_text_v1_speech_to_text_post_file_format(_file_format)
    except (KeyError, TypeError, ValueError, AttributeError):
        file_format = deviating_field(cls, "file_format", file_format_raw)

    return file_format


_read_cloud_storage_url = plain_reader(
    "cloud_storage_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_url = plain_reader(
    "source_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_webhook = plain_reader("webhook", (bool,), "a boolean", False)

_read_webhook_id = plain_reader(
    "webhook_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_temperature = plain_reader(
    "temperature",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_use_multi_channel = plain_reader("use_multi_channel", (bool,), "a boolean", False)


def _read_multichannel_output_style(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    multichannel_output_style_raw = d.get("multichannel_output_style", UNSET)
    try:
        _multichannel_output_style = multichannel_output_style_raw
        multichannel_output_style: BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle | Unset
        if isinstance(_multichannel_output_style, Unset):
            multichannel_output_style = UNSET
        else:
            multichannel_output_style = check_body_speech_to_text_v1_speech_to_text_post_multichannel_output_style(
                _multichannel_output_style
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        multichannel_output_style = deviating_field(cls, "multichannel_output_style", multichannel_output_style_raw)

    return multichannel_output_style


def _read_webhook_metadata(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> Any:
    webhook_metadata_raw = d.get("webhook_metadata", UNSET)
    try:

        def _parse_webhook_metadata(
            data: object,
        ) -> BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                webhook_metadata_type_1 = BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1.from_dict(data)

                return webhook_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1 | None | str | Unset", data)

        webhook_metadata = _parse_webhook_metadata(webhook_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        webhook_metadata = deviating_field(cls, "webhook_metadata", webhook_metadata_raw)

    return webhook_metadata


_read_entity_detection = plain_reader(
    "entity_detection",
    (
        str,
        list,
        type(None),
    ),
    "a string or an array or null",
    False,
    ((str,), "a string"),
)

_read_no_verbatim = plain_reader("no_verbatim", (bool,), "a boolean", False)

_read_use_speaker_library = plain_reader("use_speaker_library", (bool,), "a boolean", False)

_read_detect_speaker_roles = plain_reader("detect_speaker_roles", (bool,), "a boolean", False)

_read_entity_redaction = plain_reader(
    "entity_redaction",
    (
        str,
        list,
        type(None),
    ),
    "a string or an array or null",
    False,
    ((str,), "a string"),
)

_read_entity_redaction_mode = plain_reader("entity_redaction_mode", (str,), "a string", False)

_read_keyterms = plain_reader("keyterms", (list,), "an array", False, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "model_id",
        "file",
        "language_code",
        "tag_audio_events",
        "num_speakers",
        "timestamps_granularity",
        "diarize",
        "diarization_threshold",
        "additional_formats",
        "file_format",
        "cloud_storage_url",
        "source_url",
        "webhook",
        "webhook_id",
        "temperature",
        "seed",
        "use_multi_channel",
        "multichannel_output_style",
        "webhook_metadata",
        "entity_detection",
        "no_verbatim",
        "use_speaker_library",
        "detect_speaker_roles",
        "entity_redaction",
        "entity_redaction_mode",
        "keyterms",
    )
)


def _read_additional_properties(cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodySpeechToTextV1SpeechToTextPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "model_id" in known:
        model_id = known["model_id"]
    else:
        model_id = _read_model_id(cls, d)

    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET and file is not None:
            file = _read_file(cls, d)

    language_code = d.get("language_code", UNSET)
    if language_code.__class__ is not str and language_code is not None and language_code is not UNSET:
        language_code = _read_language_code(cls, d)

    tag_audio_events = d.get("tag_audio_events", UNSET)
    if tag_audio_events.__class__ is not bool and tag_audio_events is not UNSET:
        tag_audio_events = _read_tag_audio_events(cls, d)

    num_speakers = d.get("num_speakers", UNSET)
    if num_speakers.__class__ is not int and num_speakers is not None and num_speakers is not UNSET:
        num_speakers = _read_num_speakers(cls, d)

    if "timestamps_granularity" in known:
        timestamps_granularity = known["timestamps_granularity"]
    else:
        timestamps_granularity = d.get("timestamps_granularity", UNSET)
        if timestamps_granularity is not UNSET:
            timestamps_granularity = _read_timestamps_granularity(cls, d)

    diarize = d.get("diarize", UNSET)
    if diarize.__class__ is not bool and diarize is not UNSET:
        diarize = _read_diarize(cls, d)

    diarization_threshold = d.get("diarization_threshold", UNSET)
    if (
        diarization_threshold.__class__ is not float
        and diarization_threshold.__class__ is not int
        and diarization_threshold is not None
        and diarization_threshold is not UNSET
    ):
        diarization_threshold = _read_diarization_threshold(cls, d)

    if "additional_formats" in known:
        additional_formats = known["additional_formats"]
    else:
        additional_formats = d.get("additional_formats", UNSET)
        if additional_formats is not UNSET:
            additional_formats = _read_additional_formats(cls, d)

    if "file_format" in known:
        file_format = known["file_format"]
    else:
        file_format = d.get("file_format", UNSET)
        if file_format is not UNSET:
            file_format = _read_file_format(cls, d)

    cloud_storage_url = d.get("cloud_storage_url", UNSET)
    if cloud_storage_url.__class__ is not str and cloud_storage_url is not None and cloud_storage_url is not UNSET:
        cloud_storage_url = _read_cloud_storage_url(cls, d)

    source_url = d.get("source_url", UNSET)
    if source_url.__class__ is not str and source_url is not None and source_url is not UNSET:
        source_url = _read_source_url(cls, d)

    webhook = d.get("webhook", UNSET)
    if webhook.__class__ is not bool and webhook is not UNSET:
        webhook = _read_webhook(cls, d)

    webhook_id = d.get("webhook_id", UNSET)
    if webhook_id.__class__ is not str and webhook_id is not None and webhook_id is not UNSET:
        webhook_id = _read_webhook_id(cls, d)

    temperature = d.get("temperature", UNSET)
    if (
        temperature.__class__ is not float
        and temperature.__class__ is not int
        and temperature is not None
        and temperature is not UNSET
    ):
        temperature = _read_temperature(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    use_multi_channel = d.get("use_multi_channel", UNSET)
    if use_multi_channel.__class__ is not bool and use_multi_channel is not UNSET:
        use_multi_channel = _read_use_multi_channel(cls, d)

    if "multichannel_output_style" in known:
        multichannel_output_style = known["multichannel_output_style"]
    else:
        multichannel_output_style = d.get("multichannel_output_style", UNSET)
        if multichannel_output_style is not UNSET:
            multichannel_output_style = _read_multichannel_output_style(cls, d)

    if "webhook_metadata" in known:
        webhook_metadata = known["webhook_metadata"]
    else:
        webhook_metadata = d.get("webhook_metadata", UNSET)
        if webhook_metadata is not UNSET and webhook_metadata is not None:
            webhook_metadata = _read_webhook_metadata(cls, d)

    entity_detection = d.get("entity_detection", UNSET)
    if (
        entity_detection.__class__ is not str
        and entity_detection.__class__ is not list
        and entity_detection is not None
        and entity_detection is not UNSET
    ):
        entity_detection = _read_entity_detection(cls, d)
    elif entity_detection.__class__ is list and entity_detection:
        check_items(cls, "entity_detection", entity_detection, (str,), "a string")

    no_verbatim = d.get("no_verbatim", UNSET)
    if no_verbatim.__class__ is not bool and no_verbatim is not UNSET:
        no_verbatim = _read_no_verbatim(cls, d)

    use_speaker_library = d.get("use_speaker_library", UNSET)
    if use_speaker_library.__class__ is not bool and use_speaker_library is not UNSET:
        use_speaker_library = _read_use_speaker_library(cls, d)

    detect_speaker_roles = d.get("detect_speaker_roles", UNSET)
    if detect_speaker_roles.__class__ is not bool and detect_speaker_roles is not UNSET:
        detect_speaker_roles = _read_detect_speaker_roles(cls, d)

    entity_redaction = d.get("entity_redaction", UNSET)
    if (
        entity_redaction.__class__ is not str
        and entity_redaction.__class__ is not list
        and entity_redaction is not None
        and entity_redaction is not UNSET
    ):
        entity_redaction = _read_entity_redaction(cls, d)
    elif entity_redaction.__class__ is list and entity_redaction:
        check_items(cls, "entity_redaction", entity_redaction, (str,), "a string")

    entity_redaction_mode = d.get("entity_redaction_mode", UNSET)
    if entity_redaction_mode.__class__ is not str and entity_redaction_mode is not UNSET:
        entity_redaction_mode = _read_entity_redaction_mode(cls, d)

    keyterms = d.get("keyterms", UNSET)
    if keyterms.__class__ is not list and keyterms is not UNSET:
        keyterms = _read_keyterms(cls, d)
    elif keyterms.__class__ is list and keyterms:
        check_items(cls, "keyterms", keyterms, (str,), "a string")

    return {
        "model_id": model_id,
        "file": file,
        "language_code": language_code,
        "tag_audio_events": tag_audio_events,
        "num_speakers": num_speakers,
        "timestamps_granularity": timestamps_granularity,
        "diarize": diarize,
        "diarization_threshold": diarization_threshold,
        "additional_formats": additional_formats,
        "file_format": file_format,
        "cloud_storage_url": cloud_storage_url,
        "source_url": source_url,
        "webhook": webhook,
        "webhook_id": webhook_id,
        "temperature": temperature,
        "seed": seed,
        "use_multi_channel": use_multi_channel,
        "multichannel_output_style": multichannel_output_style,
        "webhook_metadata": webhook_metadata,
        "entity_detection": entity_detection,
        "no_verbatim": no_verbatim,
        "use_speaker_library": use_speaker_library,
        "detect_speaker_roles": detect_speaker_roles,
        "entity_redaction": entity_redaction,
        "entity_redaction_mode": entity_redaction_mode,
        "keyterms": keyterms,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodySpeechToTextV1SpeechToTextPost,
    _all_fields,
    {
        "model_id": _read_model_id,
        "file": _read_file,
        "language_code": _read_language_code,
        "tag_audio_events": _read_tag_audio_events,
        "num_speakers": _read_num_speakers,
        "timestamps_granularity": _read_timestamps_granularity,
        "diarize": _read_diarize,
        "diarization_threshold": _read_diarization_threshold,
        "additional_formats": _read_additional_formats,
        "file_format": _read_file_format,
        "cloud_storage_url": _read_cloud_storage_url,
        "source_url": _read_source_url,
        "webhook": _read_webhook,
        "webhook_id": _read_webhook_id,
        "temperature": _read_temperature,
        "seed": _read_seed,
        "use_multi_channel": _read_use_multi_channel,
        "multichannel_output_style": _read_multichannel_output_style,
        "webhook_metadata": _read_webhook_metadata,
        "entity_detection": _read_entity_detection,
        "no_verbatim": _read_no_verbatim,
        "use_speaker_library": _read_use_speaker_library,
        "detect_speaker_roles": _read_detect_speaker_roles,
        "entity_redaction": _read_entity_redaction,
        "entity_redaction_mode": _read_entity_redaction_mode,
        "keyterms": _read_keyterms,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.body_speech_to_text_v1_speech_to_text_post_webhook_metadata_type_1 import (
    BodySpeechToTextV1SpeechToTextPostWebhookMetadataType1,
)
from ..models.docx_export_options import DocxExportOptions
from ..models.html_export_options import HtmlExportOptions
from ..models.pdf_export_options import PdfExportOptions
from ..models.segmented_json_export_options import SegmentedJsonExportOptions
from ..models.srt_export_options import SrtExportOptions
from ..models.txt_export_options import TxtExportOptions
