from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class CharacterAlignmentModel(Lazy, AdditionalProperties[Any]):
    characters: list[str]

    character_start_times_seconds: list[float]

    character_end_times_seconds: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("characters", "characters", list_of(STR), required=True),
        Field("character_start_times_seconds", "character_start_times_seconds", list_of(FLOAT), required=True),
        Field("character_end_times_seconds", "character_end_times_seconds", list_of(FLOAT), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
