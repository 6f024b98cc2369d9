from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class VoiceStatisticsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    project_voice_ref_id: The project voice reference ID.
    characters_unconverted: The number of unconverted characters for this voice.
    characters_converted: The number of converted characters for this voice.
    voice_id: The voice ID.
    credits_needed_to_convert: The number of credits needed to convert the remaining audio for this voice.
    """

    project_voice_ref_id: str

    characters_unconverted: int

    characters_converted: int

    voice_id: str

    credits_needed_to_convert: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_voice_ref_id", "project_voice_ref_id", STR, required=True),
        Field("characters_unconverted", "characters_unconverted", INT, required=True),
        Field("characters_converted", "characters_converted", INT, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("credits_needed_to_convert", "credits_needed_to_convert", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
