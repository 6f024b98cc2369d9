from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class VoiceSegment(Lazy, AdditionalProperties[Any]):
    """Attributes:
    voice_id: The voice ID used for this segment
    start_time_seconds: Start time of this voice segment
    end_time_seconds: End time of this voice segment
    character_start_index: Start index in the characters array
    character_end_index: End index in the characters array (exclusive)
    dialogue_input_index: Line of the dialogue (script) that this segment is a part of.
    """

    voice_id: str

    start_time_seconds: float

    end_time_seconds: float

    character_start_index: int

    character_end_index: int

    dialogue_input_index: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("voice_id", "voice_id", STR, required=True),
        Field("start_time_seconds", "start_time_seconds", FLOAT, required=True),
        Field("end_time_seconds", "end_time_seconds", FLOAT, required=True),
        Field("character_start_index", "character_start_index", INT, required=True),
        Field("character_end_index", "character_end_index", INT, required=True),
        Field("dialogue_input_index", "dialogue_input_index", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
