from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import Unset


@_attrs_define(slots=False)
class AstNullNodeInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'null_literal'.
    """

    type_: Literal["null_literal"] | Unset = _attrs_field(
        default="null_literal",
        kw_only=True,
        alias="type",
        validator=types.tag("AstNullNodeInput", "type", "null_literal"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("null_literal")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstNullNodeInput, type_="type")
