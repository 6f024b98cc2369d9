from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class WordTimestamp(Lazy, AdditionalProperties[Any]):
    word: str

    start_ms: int

    end_ms: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("word", "word", STR, required=True),
        Field("start_ms", "start_ms", INT, required=True),
        Field("end_ms", "end_ms", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
