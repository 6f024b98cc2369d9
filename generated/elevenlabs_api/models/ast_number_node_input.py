from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    FLOAT,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import Unset


@_attrs_define(slots=False)
class AstNumberNodeInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    value: Value of this literal.
    type_:  Default: 'number_literal'.
    """

    value: float | int

    type_: Literal["number_literal"] | Unset = _attrs_field(
        default="number_literal",
        kw_only=True,
        alias="type",
        validator=types.tag("AstNumberNodeInput", "type", "number_literal"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("value", "value", union(FLOAT, INT), required=True),
        Field("type_", "type", const("number_literal")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstNumberNodeInput, type_="type")
