from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.speaker_track_voices import SpeakerTrackVoices
