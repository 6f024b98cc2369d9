from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
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
class StudioTextStyleShadowModel(Lazy, AdditionalProperties[Any]):
    enabled: bool

    color: str

    opacity: float

    blur: float

    offset_x: float

    offset_y: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL, required=True),
        Field("color", "color", STR, required=True),
        Field("opacity", "opacity", FLOAT, required=True),
        Field("blur", "blur", FLOAT, required=True),
        Field("offset_x", "offset_x", FLOAT, required=True),
        Field("offset_y", "offset_y", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
