from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import RenderStatusType0, RenderType


@_attrs_define(slots=False)
class DubbingResource(Lazy, AdditionalProperties[Any]):
    id: str

    version: int

    source_language: str

    target_languages: list[str]

    input_: DubbingMediaReference

    background: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    foreground: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    speaker_tracks: DubbingResourceSpeakerTracks

    speaker_segments: DubbingResourceSpeakerSegments

    renders: DubbingResourceRenders

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("version", "version", INT, required=True),
        Field("source_language", "source_language", STR, required=True),
        Field("target_languages", "target_languages", list_of(STR), required=True),
        Field("input_", "input", object_of("DubbingMediaReference"), required=True),
        Field("background", "background", union(object_of("DubbingMediaReference"), NULL), required=True),
        Field("foreground", "foreground", union(object_of("DubbingMediaReference"), NULL), required=True),
        Field("speaker_tracks", "speaker_tracks", object_of("DubbingResourceSpeakerTracks"), required=True),
        Field("speaker_segments", "speaker_segments", object_of("DubbingResourceSpeakerSegments"), required=True),
        Field("renders", "renders", object_of("DubbingResourceRenders"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbedSegment(Lazy, AdditionalProperties[Any]):
    start_time: float

    end_time: float

    text: None | str = _attrs_field(default=None, kw_only=True)

    subtitles: list[SegmentSubtitleFrame]

    audio_stale: bool

    media_ref: DubbingMediaReference | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", FLOAT, required=True),
        Field("end_time", "end_time", FLOAT, required=True),
        Field("text", "text", union(STR, NULL), required=True),
        Field("subtitles", "subtitles", list_of(object_of("SegmentSubtitleFrame")), required=True),
        Field("audio_stale", "audio_stale", BOOL, required=True),
        Field("media_ref", "media_ref", union(object_of("DubbingMediaReference"), NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DubbingResourceRenders(Lazy, AdditionalProperties["Render"]):
    additional_properties: dict[str, Render] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(object_of("Render"))),)


@_attrs_define(slots=False)
class DubbingResourceSpeakerSegments(Lazy, AdditionalProperties["SpeakerSegment"]):
    additional_properties: dict[str, SpeakerSegment] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("SpeakerSegment"))),
    )


@_attrs_define(slots=False)
class DubbingResourceSpeakerTracks(Lazy, AdditionalProperties["SpeakerTrack"]):
    additional_properties: dict[str, SpeakerTrack] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("SpeakerTrack"))),
    )


@_attrs_define(slots=False)
class Render(Lazy, AdditionalProperties[Any]):
    id: str

    version: int

    language: None | str = _attrs_field(default=None, kw_only=True)

    type_: None | RenderType | str = _attrs_field(default=None, kw_only=True)

    media_ref: DubbingMediaReference | None = _attrs_field(default=None, kw_only=True)

    status: RenderStatusType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("version", "version", INT, required=True),
        Field("language", "language", union(STR, NULL), required=True),
        Field("type_", "type", union(literal("RenderType"), NULL, STR), required=True),
        Field("media_ref", "media_ref", union(object_of("DubbingMediaReference"), NULL), required=True),
        Field("status", "status", union(literal("RenderStatusType0"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeakerSegment(Lazy, AdditionalProperties[Any]):
    id: str

    start_time: float

    end_time: float

    text: str

    subtitles: list[SegmentSubtitleFrame]

    dubs: SpeakerSegmentDubs

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("start_time", "start_time", FLOAT, required=True),
        Field("end_time", "end_time", FLOAT, required=True),
        Field("text", "text", STR, required=True),
        Field("subtitles", "subtitles", list_of(object_of("SegmentSubtitleFrame")), required=True),
        Field("dubs", "dubs", object_of("SpeakerSegmentDubs"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeakerSegmentDubs(Lazy, AdditionalProperties["DubbedSegment"]):
    additional_properties: dict[str, DubbedSegment] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("DubbedSegment"))),
    )


@_attrs_define(slots=False)
class SpeakerTrack(Lazy, AdditionalProperties[Any]):
    id: str

    media_ref: DubbingMediaReference

    speaker_name: str

    voices: SpeakerTrackVoices

    segments: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("media_ref", "media_ref", object_of("DubbingMediaReference"), required=True),
        Field("speaker_name", "speaker_name", STR, required=True),
        Field("voices", "voices", object_of("SpeakerTrackVoices"), required=True),
        Field("segments", "segments", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeakerTrackVoices(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
