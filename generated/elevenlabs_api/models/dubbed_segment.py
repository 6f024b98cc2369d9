from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
