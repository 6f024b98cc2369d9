from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class ProjectVoiceResponseModel(Lazy, AdditionalProperties[Any]):
    project_voice_ref_id: str

    voice_id: str

    alias: str

    stability: float

    similarity_boost: float

    style: float

    is_pinned: bool

    use_speaker_boost: bool

    volume_gain: float

    speed: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_voice_ref_id", "project_voice_ref_id", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("alias", "alias", STR, required=True),
        Field("stability", "stability", FLOAT, required=True),
        Field("similarity_boost", "similarity_boost", FLOAT, required=True),
        Field("style", "style", FLOAT, required=True),
        Field("is_pinned", "is_pinned", BOOL, required=True),
        Field("use_speaker_boost", "use_speaker_boost", BOOL, required=True),
        Field("volume_gain", "volume_gain", FLOAT, required=True),
        Field("speed", "speed", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
