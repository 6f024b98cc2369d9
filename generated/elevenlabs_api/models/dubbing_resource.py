from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.dubbing_resource_renders import DubbingResourceRenders
from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
