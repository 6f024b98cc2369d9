from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProjectExternalAudioResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectExternalAudioResponseModel(Lazy):
    """Attributes:
    external_audio_id (str):
    filename (str):
    signed_url (None | str):
    offset_ms (int):
    duration_ms (int):
    start_time_ms (int):
    end_time_ms (int | None):
    order (str):
    track_id (str):
    created_at_ms (int):
    updated_at_ms (int):
    import_speech_progress (float | None):
    volume_gain_db (float | Unset): Defaults to 0.0 on the server.
    muted (bool | Unset): Defaults to False on the server.
    fade_in_ms (int | Unset): Defaults to 0 on the server.
    fade_out_ms (int | Unset): Defaults to 0 on the server.
    source_external_audio_id (None | str | Unset):
    source_asset_id (None | str | Unset):
    source_platform_asset_id (None | str | Unset):
    pending_blocks_metadata (None | PendingBlocksMetadataModel | Unset):
    pending_external_audios_metadata (None | PendingExternalAudiosMetadataModel | Unset):
    speech_imported (bool | Unset): Defaults to False on the server.
    pending_task (None | PendingClipTask | Unset):
    error (None | str | Unset):
    current_snapshot_id (None | str | Unset):
    source_context (MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant |
        Unset):
    analysis (AudioAnalysis | None | Unset):
    transcription (AssetTranscription | None | Unset):
    type_ (Literal['audio'] | Unset):  Default: 'audio'.
    """

    external_audio_id: str

    filename: str

    signed_url: None | str = _attrs_field(default=None, kw_only=True)

    offset_ms: int

    duration_ms: int

    start_time_ms: int

    end_time_ms: int | None = _attrs_field(default=None, kw_only=True)

    order: str

    track_id: str

    created_at_ms: int

    updated_at_ms: int

    import_speech_progress: float | None = None

    volume_gain_db: float | Unset = UNSET

    muted: bool | Unset = UNSET

    fade_in_ms: int | Unset = UNSET

    fade_out_ms: int | Unset = UNSET

    source_external_audio_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET

    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET

    speech_imported: bool | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    error: None | str | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_context: (
        MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant | Unset
    ) = UNSET

    analysis: AudioAnalysis | None | Unset = UNSET

    transcription: AssetTranscription | None | Unset = UNSET

    type_: Literal["audio"] | Unset = _attrs_field(
        default="audio",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectExternalAudioResponseModel", "type", "audio"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "external_audio_id",
        "filename",
        "signed_url",
        "offset_ms",
        "duration_ms",
        "start_time_ms",
        "end_time_ms",
        "order",
        "track_id",
        "created_at_ms",
        "updated_at_ms",
        "import_speech_progress",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "audio")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        external_audio_id = self.external_audio_id

        filename = self.filename

        signed_url: Any
        try:
            signed_url = self.signed_url

        except (AttributeError, TypeError):
            signed_url = self.signed_url

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        start_time_ms = self.start_time_ms

        end_time_ms: Any
        try:
            end_time_ms = self.end_time_ms

        except (AttributeError, TypeError):
            end_time_ms = self.end_time_ms

        order = self.order

        track_id = self.track_id

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        import_speech_progress: Any
        try:
            import_speech_progress = self.import_speech_progress

        except (AttributeError, TypeError):
            import_speech_progress = self.import_speech_progress

        volume_gain_db = self.volume_gain_db

        muted = self.muted

        fade_in_ms = self.fade_in_ms

        fade_out_ms = self.fade_out_ms

        source_external_audio_id: Any
        try:
            source_external_audio_id = self.source_external_audio_id

        except (AttributeError, TypeError):
            source_external_audio_id = self.source_external_audio_id

        source_asset_id: Any
        try:
            source_asset_id = self.source_asset_id

        except (AttributeError, TypeError):
            source_asset_id = self.source_asset_id

        source_platform_asset_id: Any
        try:
            source_platform_asset_id = self.source_platform_asset_id

        except (AttributeError, TypeError):
            source_platform_asset_id = self.source_platform_asset_id

        pending_blocks_metadata: Any
        try:
            if isinstance(self.pending_blocks_metadata, Unset):
                pending_blocks_metadata = UNSET
            elif isinstance(self.pending_blocks_metadata, PendingBlocksMetadataModel):
                pending_blocks_metadata = self.pending_blocks_metadata.to_dict()
            else:
                pending_blocks_metadata = self.pending_blocks_metadata

        except (AttributeError, TypeError):
            pending_blocks_metadata = self.pending_blocks_metadata

        pending_external_audios_metadata: Any
        try:
            if isinstance(self.pending_external_audios_metadata, Unset):
                pending_external_audios_metadata = UNSET
            elif isinstance(self.pending_external_audios_metadata, PendingExternalAudiosMetadataModel):
                pending_external_audios_metadata = self.pending_external_audios_metadata.to_dict()
            else:
                pending_external_audios_metadata = self.pending_external_audios_metadata

        except (AttributeError, TypeError):
            pending_external_audios_metadata = self.pending_external_audios_metadata

        speech_imported = self.speech_imported

        pending_task: Any
        try:
            if isinstance(self.pending_task, Unset):
                pending_task = UNSET
            elif isinstance(self.pending_task, PendingClipTask):
                pending_task = self.pending_task.to_dict()
            else:
                pending_task = self.pending_task

        except (AttributeError, TypeError):
            pending_task = self.pending_task

        error: Any
        try:
            error = self.error

        except (AttributeError, TypeError):
            error = self.error

        current_snapshot_id: Any
        try:
            current_snapshot_id = self.current_snapshot_id

        except (AttributeError, TypeError):
            current_snapshot_id = self.current_snapshot_id

        source_context: Any
        try:
            if isinstance(self.source_context, Unset):
                source_context = UNSET
            elif (
                isinstance(self.source_context, SongSourceContext)
                or isinstance(self.source_context, MusicExploreSongSourceContext)
                or isinstance(self.source_context, SfxSourceContext)
                or isinstance(self.source_context, UnknownVariant)
            ):
                source_context = self.source_context.to_dict()
            else:
                source_context = self.source_context

        except (AttributeError, TypeError):
            source_context = self.source_context

        analysis: Any
        try:
            if isinstance(self.analysis, Unset):
                analysis = UNSET
            elif isinstance(self.analysis, AudioAnalysis):
                analysis = self.analysis.to_dict()
            else:
                analysis = self.analysis

        except (AttributeError, TypeError):
            analysis = self.analysis

        transcription: Any
        try:
            if isinstance(self.transcription, Unset):
                transcription = UNSET
            elif isinstance(self.transcription, AssetTranscription):
                transcription = self.transcription.to_dict()
            else:
                transcription = self.transcription

        except (AttributeError, TypeError):
            transcription = self.transcription

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if external_audio_id is not None or "external_audio_id" not in self._missing_fields:
            field_dict["external_audio_id"] = external_audio_id
        if filename is not None or "filename" not in self._missing_fields:
            field_dict["filename"] = filename
        if signed_url is not None or "signed_url" not in self._missing_fields:
            field_dict["signed_url"] = signed_url
        if offset_ms is not None or "offset_ms" not in self._missing_fields:
            field_dict["offset_ms"] = offset_ms
        if duration_ms is not None or "duration_ms" not in self._missing_fields:
            field_dict["duration_ms"] = duration_ms
        if start_time_ms is not None or "start_time_ms" not in self._missing_fields:
            field_dict["start_time_ms"] = start_time_ms
        if end_time_ms is not None or "end_time_ms" not in self._missing_fields:
            field_dict["end_time_ms"] = end_time_ms
        if order is not None or "order" not in self._missing_fields:
            field_dict["order"] = order
        if track_id is not None or "track_id" not in self._missing_fields:
            field_dict["track_id"] = track_id
        if created_at_ms is not None or "created_at_ms" not in self._missing_fields:
            field_dict["created_at_ms"] = created_at_ms
        if updated_at_ms is not None or "updated_at_ms" not in self._missing_fields:
            field_dict["updated_at_ms"] = updated_at_ms
        if import_speech_progress is not None or "import_speech_progress" not in self._missing_fields:
            field_dict["import_speech_progress"] = import_speech_progress
        if volume_gain_db is not UNSET:
            field_dict["volume_gain_db"] = volume_gain_db
        if muted is not UNSET:
            field_dict["muted"] = muted
        if fade_in_ms is not UNSET:
            field_dict["fade_in_ms"] = fade_in_ms
        if fade_out_ms is not UNSET:
            field_dict["fade_out_ms"] = fade_out_ms
        if source_external_audio_id is not UNSET:
            field_dict["source_external_audio_id"] = source_external_audio_id
        if source_asset_id is not UNSET:
            field_dict["source_asset_id"] = source_asset_id
        if source_platform_asset_id is not UNSET:
            field_dict["source_platform_asset_id"] = source_platform_asset_id
        if pending_blocks_metadata is not UNSET:
            field_dict["pending_blocks_metadata"] = pending_blocks_metadata
        if pending_external_audios_metadata is not UNSET:
            field_dict["pending_external_audios_metadata"] = pending_external_audios_metadata
        if speech_imported is not UNSET:
            field_dict["speech_imported"] = speech_imported
        if pending_task is not UNSET:
            field_dict["pending_task"] = pending_task
        if error is not UNSET:
            field_dict["error"] = error
        if current_snapshot_id is not UNSET:
            field_dict["current_snapshot_id"] = current_snapshot_id
        if source_context is not UNSET:
            field_dict["source_context"] = source_context
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_external_audio_response_model = cls.__new__(cls)
        project_external_audio_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return project_external_audio_response_model

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


def _read_type_(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["audio"] | Unset, type__raw)
    if type_ != "audio" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'audio', got '{type_}'")

    return type_


_read_external_audio_id = plain_reader("external_audio_id", (str,), "a string", True)

_read_filename = plain_reader("filename", (str,), "a string", True)

_read_signed_url = plain_reader(
    "signed_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_offset_ms = plain_reader("offset_ms", (int,), "an integer", True)

_read_duration_ms = plain_reader("duration_ms", (int,), "an integer", True)

_read_start_time_ms = plain_reader("start_time_ms", (int,), "an integer", True)

_read_end_time_ms = plain_reader(
    "end_time_ms",
    (
        int,
        type(None),
    ),
    "an integer or null",
    True,
)

_read_order = plain_reader("order", (str,), "a string", True)

_read_track_id = plain_reader("track_id", (str,), "a string", True)

_read_created_at_ms = plain_reader("created_at_ms", (int,), "an integer", True)

_read_updated_at_ms = plain_reader("updated_at_ms", (int,), "an integer", True)

_read_import_speech_progress = plain_reader(
    "import_speech_progress",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    True,
)

_read_volume_gain_db = plain_reader(
    "volume_gain_db",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_muted = plain_reader("muted", (bool,), "a boolean", False)

_read_fade_in_ms = plain_reader("fade_in_ms", (int,), "an integer", False)

_read_fade_out_ms = plain_reader("fade_out_ms", (int,), "an integer", False)

_read_source_external_audio_id = plain_reader(
    "source_external_audio_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_asset_id = plain_reader(
    "source_asset_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source_platform_asset_id = plain_reader(
    "source_platform_asset_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_pending_blocks_metadata(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    pending_blocks_metadata_raw = d.get("pending_blocks_metadata", UNSET)
    try:

        def _parse_pending_blocks_metadata(data: object) -> None | PendingBlocksMetadataModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            pending_blocks_metadata_type_0 = PendingBlocksMetadataModel.from_dict(data)

            return pending_blocks_metadata_type_0

        pending_blocks_metadata = _parse_pending_blocks_metadata(pending_blocks_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pending_blocks_metadata = deviating_field(cls, "pending_blocks_metadata", pending_blocks_metadata_raw)

    return pending_blocks_metadata


def _read_pending_external_audios_metadata(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    pending_external_audios_metadata_raw = d.get("pending_external_audios_metadata", UNSET)
    try:

        def _parse_pending_external_audios_metadata(data: object) -> None | PendingExternalAudiosMetadataModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            pending_external_audios_metadata_type_0 = PendingExternalAudiosMetadataModel.from_dict(data)

            return pending_external_audios_metadata_type_0

        pending_external_audios_metadata = _parse_pending_external_audios_metadata(pending_external_audios_metadata_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pending_external_audios_metadata = deviating_field(
            cls, "pending_external_audios_metadata", pending_external_audios_metadata_raw
        )

    return pending_external_audios_metadata


_read_speech_imported = plain_reader("speech_imported", (bool,), "a boolean", False)


def _read_pending_task(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    pending_task_raw = d.get("pending_task", UNSET)
    try:

        def _parse_pending_task(data: object) -> None | PendingClipTask | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            pending_task_type_0 = PendingClipTask.from_dict(data)

            return pending_task_type_0

        pending_task = _parse_pending_task(pending_task_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pending_task = deviating_field(cls, "pending_task", pending_task_raw)

    return pending_task


_read_error = plain_reader(
    "error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_current_snapshot_id = plain_reader(
    "current_snapshot_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_source_context(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    source_context_raw = d.get("source_context", UNSET)
    try:

        def _parse_source_context(
            data: object,
        ) -> MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_source_context_member, data)

        def _parse_source_context_member(
            data: object,
        ) -> MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    SongSourceContext,
                    MusicExploreSongSourceContext,
                    SfxSourceContext,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                source_context_type_0_type_0 = SongSourceContext.from_dict(data)

                return source_context_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                source_context_type_0_type_1 = MusicExploreSongSourceContext.from_dict(data)

                return source_context_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                source_context_type_0_type_2 = SfxSourceContext.from_dict(data)

                return source_context_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            source_context_type_0_type_3 = UnknownVariant.from_dict(data)

            return source_context_type_0_type_3

        source_context = _parse_source_context(source_context_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_context = deviating_field(cls, "source_context", source_context_raw)

    return source_context


def _read_analysis(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    analysis_raw = d.get("analysis", UNSET)
    try:

        def _parse_analysis(data: object) -> AudioAnalysis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            analysis_type_0 = AudioAnalysis.from_dict(data)

            return analysis_type_0

        analysis = _parse_analysis(analysis_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        analysis = deviating_field(cls, "analysis", analysis_raw)

    return analysis


def _read_transcription(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> Any:
    transcription_raw = d.get("transcription", UNSET)
    try:

        def _parse_transcription(data: object) -> AssetTranscription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            transcription_type_0 = AssetTranscription.from_dict(data)

            return transcription_type_0

        transcription = _parse_transcription(transcription_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        transcription = deviating_field(cls, "transcription", transcription_raw)

    return transcription


_FIELDS: frozenset[str] = frozenset(
    (
        "external_audio_id",
        "filename",
        "signed_url",
        "offset_ms",
        "duration_ms",
        "start_time_ms",
        "end_time_ms",
        "order",
        "track_id",
        "created_at_ms",
        "updated_at_ms",
        "import_speech_progress",
        "volume_gain_db",
        "muted",
        "fade_in_ms",
        "fade_out_ms",
        "source_external_audio_id",
        "source_asset_id",
        "source_platform_asset_id",
        "pending_blocks_metadata",
        "pending_external_audios_metadata",
        "speech_imported",
        "pending_task",
        "error",
        "current_snapshot_id",
        "source_context",
        "analysis",
        "transcription",
        "type",
    )
)


def _read_additional_properties(cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ProjectExternalAudioResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    external_audio_id = d.get("external_audio_id", MISSING)
    if external_audio_id.__class__ is not str:
        external_audio_id = _read_external_audio_id(cls, d)

    filename = d.get("filename", MISSING)
    if filename.__class__ is not str:
        filename = _read_filename(cls, d)

    signed_url = d.get("signed_url", MISSING)
    if signed_url.__class__ is not str and signed_url is not None:
        signed_url = _read_signed_url(cls, d)

    offset_ms = d.get("offset_ms", MISSING)
    if offset_ms.__class__ is not int:
        offset_ms = _read_offset_ms(cls, d)

    duration_ms = d.get("duration_ms", MISSING)
    if duration_ms.__class__ is not int:
        duration_ms = _read_duration_ms(cls, d)

    start_time_ms = d.get("start_time_ms", MISSING)
    if start_time_ms.__class__ is not int:
        start_time_ms = _read_start_time_ms(cls, d)

    end_time_ms = d.get("end_time_ms", MISSING)
    if end_time_ms.__class__ is not int and end_time_ms is not None:
        end_time_ms = _read_end_time_ms(cls, d)

    order = d.get("order", MISSING)
    if order.__class__ is not str:
        order = _read_order(cls, d)

    track_id = d.get("track_id", MISSING)
    if track_id.__class__ is not str:
        track_id = _read_track_id(cls, d)

    created_at_ms = d.get("created_at_ms", MISSING)
    if created_at_ms.__class__ is not int:
        created_at_ms = _read_created_at_ms(cls, d)

    updated_at_ms = d.get("updated_at_ms", MISSING)
    if updated_at_ms.__class__ is not int:
        updated_at_ms = _read_updated_at_ms(cls, d)

    import_speech_progress = d.get("import_speech_progress", MISSING)
    if (
        import_speech_progress.__class__ is not float
        and import_speech_progress.__class__ is not int
        and import_speech_progress is not None
    ):
        import_speech_progress = _read_import_speech_progress(cls, d)

    volume_gain_db = d.get("volume_gain_db", UNSET)
    if volume_gain_db.__class__ is not float and volume_gain_db.__class__ is not int and volume_gain_db is not UNSET:
        volume_gain_db = _read_volume_gain_db(cls, d)

    muted = d.get("muted", UNSET)
    if muted.__class__ is not bool and muted is not UNSET:
        muted = _read_muted(cls, d)

    fade_in_ms = d.get("fade_in_ms", UNSET)
    if fade_in_ms.__class__ is not int and fade_in_ms is not UNSET:
        fade_in_ms = _read_fade_in_ms(cls, d)

    fade_out_ms = d.get("fade_out_ms", UNSET)
    if fade_out_ms.__class__ is not int and fade_out_ms is not UNSET:
        fade_out_ms = _read_fade_out_ms(cls, d)

    source_external_audio_id = d.get("source_external_audio_id", UNSET)
    if (
        source_external_audio_id.__class__ is not str
        and source_external_audio_id is not None
        and source_external_audio_id is not UNSET
    ):
        source_external_audio_id = _read_source_external_audio_id(cls, d)

    source_asset_id = d.get("source_asset_id", UNSET)
    if source_asset_id.__class__ is not str and source_asset_id is not None and source_asset_id is not UNSET:
        source_asset_id = _read_source_asset_id(cls, d)

    source_platform_asset_id = d.get("source_platform_asset_id", UNSET)
    if (
        source_platform_asset_id.__class__ is not str
        and source_platform_asset_id is not None
        and source_platform_asset_id is not UNSET
    ):
        source_platform_asset_id = _read_source_platform_asset_id(cls, d)

    if "pending_blocks_metadata" in known:
        pending_blocks_metadata = known["pending_blocks_metadata"]
    else:
        pending_blocks_metadata = d.get("pending_blocks_metadata", UNSET)
        if pending_blocks_metadata is not UNSET and pending_blocks_metadata is not None:
            pending_blocks_metadata = _read_pending_blocks_metadata(cls, d)

    if "pending_external_audios_metadata" in known:
        pending_external_audios_metadata = known["pending_external_audios_metadata"]
    else:
        pending_external_audios_metadata = d.get("pending_external_audios_metadata", UNSET)
        if pending_external_audios_metadata is not UNSET and pending_external_audios_metadata is not None:
            pending_external_audios_metadata = _read_pending_external_audios_metadata(cls, d)

    speech_imported = d.get("speech_imported", UNSET)
    if speech_imported.__class__ is not bool and speech_imported is not UNSET:
        speech_imported = _read_speech_imported(cls, d)

    if "pending_task" in known:
        pending_task = known["pending_task"]
    else:
        pending_task = d.get("pending_task", UNSET)
        if pending_task is not UNSET and pending_task is not None:
            pending_task = _read_pending_task(cls, d)

    error = d.get("error", UNSET)
    if error.__class__ is not str and error is not None and error is not UNSET:
        error = _read_error(cls, d)

    current_snapshot_id = d.get("current_snapshot_id", UNSET)
    if (
        current_snapshot_id.__class__ is not str
        and current_snapshot_id is not None
        and current_snapshot_id is not UNSET
    ):
        current_snapshot_id = _read_current_snapshot_id(cls, d)

    if "source_context" in known:
        source_context = known["source_context"]
    else:
        source_context = d.get("source_context", UNSET)
        if source_context is not UNSET and source_context is not None:
            source_context = _read_source_context(cls, d)

    if "analysis" in known:
        analysis = known["analysis"]
    else:
        analysis = d.get("analysis", UNSET)
        if analysis is not UNSET and analysis is not None:
            analysis = _read_analysis(cls, d)

    if "transcription" in known:
        transcription = known["transcription"]
    else:
        transcription = d.get("transcription", UNSET)
        if transcription is not UNSET and transcription is not None:
            transcription = _read_transcription(cls, d)

    return {
        "external_audio_id": external_audio_id,
        "filename": filename,
        "signed_url": signed_url,
        "offset_ms": offset_ms,
        "duration_ms": duration_ms,
        "start_time_ms": start_time_ms,
        "end_time_ms": end_time_ms,
        "order": order,
        "track_id": track_id,
        "created_at_ms": created_at_ms,
        "updated_at_ms": updated_at_ms,
        "import_speech_progress": import_speech_progress,
        "volume_gain_db": volume_gain_db,
        "muted": muted,
        "fade_in_ms": fade_in_ms,
        "fade_out_ms": fade_out_ms,
        "source_external_audio_id": source_external_audio_id,
        "source_asset_id": source_asset_id,
        "source_platform_asset_id": source_platform_asset_id,
        "pending_blocks_metadata": pending_blocks_metadata,
        "pending_external_audios_metadata": pending_external_audios_metadata,
        "speech_imported": speech_imported,
        "pending_task": pending_task,
        "error": error,
        "current_snapshot_id": current_snapshot_id,
        "source_context": source_context,
        "analysis": analysis,
        "transcription": transcription,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectExternalAudioResponseModel, type_="type")

set_readers(
    ProjectExternalAudioResponseModel,
    _all_fields,
    {
        "external_audio_id": _read_external_audio_id,
        "filename": _read_filename,
        "signed_url": _read_signed_url,
        "offset_ms": _read_offset_ms,
        "duration_ms": _read_duration_ms,
        "start_time_ms": _read_start_time_ms,
        "end_time_ms": _read_end_time_ms,
        "order": _read_order,
        "track_id": _read_track_id,
        "created_at_ms": _read_created_at_ms,
        "updated_at_ms": _read_updated_at_ms,
        "import_speech_progress": _read_import_speech_progress,
        "volume_gain_db": _read_volume_gain_db,
        "muted": _read_muted,
        "fade_in_ms": _read_fade_in_ms,
        "fade_out_ms": _read_fade_out_ms,
        "source_external_audio_id": _read_source_external_audio_id,
        "source_asset_id": _read_source_asset_id,
        "source_platform_asset_id": _read_source_platform_asset_id,
        "pending_blocks_metadata": _read_pending_blocks_metadata,
        "pending_external_audios_metadata": _read_pending_external_audios_metadata,
        "speech_imported": _read_speech_imported,
        "pending_task": _read_pending_task,
        "error": _read_error,
        "current_snapshot_id": _read_current_snapshot_id,
        "source_context": _read_source_context,
        "analysis": _read_analysis,
        "transcription": _read_transcription,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_transcription import AssetTranscription
from ..models.audio_analysis import AudioAnalysis
from ..models.music_explore_song_source_context import MusicExploreSongSourceContext
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
from ..models.pending_clip_task import PendingClipTask
from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from ..models.sfx_source_context import SfxSourceContext
from ..models.song_source_context import SongSourceContext
from ..models.unknown_variant import UnknownVariant
