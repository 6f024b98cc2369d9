from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SegmentUpdatePayload(Lazy, AdditionalProperties[Any]):
    start_time: float | None | Unset = UNSET

    end_time: float | None | Unset = UNSET

    text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", union(FLOAT, NULL)),
        Field("end_time", "end_time", union(FLOAT, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
