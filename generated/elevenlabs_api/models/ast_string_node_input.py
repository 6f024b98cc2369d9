from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class AstStringNodeInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    value: Value of this literal.
    type_:  Default: 'string_literal'.
    """

    value: str

    type_: Literal["string_literal"] | Unset = _attrs_field(
        default="string_literal",
        kw_only=True,
        alias="type",
        validator=types.tag("AstStringNodeInput", "type", "string_literal"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("value", "value", STR, required=True),
        Field("type_", "type", const("string_literal")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstStringNodeInput, type_="type")
