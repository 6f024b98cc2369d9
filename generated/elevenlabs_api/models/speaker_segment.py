from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
from ..models.speaker_segment_dubs import SpeakerSegmentDubs
