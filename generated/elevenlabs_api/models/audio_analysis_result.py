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
class AudioAnalysisResult(Lazy, AdditionalProperties[Any]):
    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    segments: list[AudioSegment] | Unset = UNSET

    key_moments: list[AudioKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("overall_pacing", "overall_pacing", union(STR, NULL)),
        Field("segments", "segments", list_of(object_of("AudioSegment"))),
        Field("key_moments", "key_moments", list_of(object_of("AudioKeyMoment"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_key_moment import AudioKeyMoment
from ..models.audio_segment import AudioSegment
