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
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PositionInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    x: Defaults to 0.0 on the server.
    y: Defaults to 0.0 on the server.
    """

    x: float | Unset = UNSET

    y: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("x", "x", FLOAT),
        Field("y", "y", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
