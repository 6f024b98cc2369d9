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
class SegmentSubtitleFrame(Lazy, AdditionalProperties[Any]):
    start_time: float

    end_time: float

    lines: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", FLOAT, required=True),
        Field("end_time", "end_time", FLOAT, required=True),
        Field("lines", "lines", list_of(STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
