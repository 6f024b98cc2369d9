from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class VideoAnalysisResult(Lazy, AdditionalProperties[Any]):
    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    subjects: list[VideoSubject] | Unset = UNSET

    segments: list[VideoSegment] | Unset = UNSET

    key_moments: list[VideoKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("overall_pacing", "overall_pacing", union(STR, NULL)),
        Field("subjects", "subjects", list_of(object_of("VideoSubject"))),
        Field("segments", "segments", list_of(object_of("VideoSegment"))),
        Field("key_moments", "key_moments", list_of(object_of("VideoKeyMoment"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.video_key_moment import VideoKeyMoment
from ..models.video_segment import VideoSegment
from ..models.video_subject import VideoSubject
