from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class PositionOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    x:  Default: 0.0.
    y:  Default: 0.0.
    """

    x: float = 0.0

    y: float = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("x", "x", FLOAT, required=True),
        Field("y", "y", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
