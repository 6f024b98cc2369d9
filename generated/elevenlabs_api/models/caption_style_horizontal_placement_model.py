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
    literal,
    union,
)
from ..models._literals import (
    CaptionStyleHorizontalPlacementModelAlignType0,
)


@_attrs_define(slots=False)
class CaptionStyleHorizontalPlacementModel(Lazy, AdditionalProperties[Any]):
    align: CaptionStyleHorizontalPlacementModelAlignType0 | str

    translate_pct: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("align", "align", union(literal("CaptionStyleHorizontalPlacementModelAlignType0"), STR), required=True),
        Field("translate_pct", "translate_pct", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
