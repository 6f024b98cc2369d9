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
class AstDynamicVariableNodeInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the dynamic variable.
    type_:  Default: 'dynamic_variable'.
    """

    name: str

    type_: Literal["dynamic_variable"] | Unset = _attrs_field(
        default="dynamic_variable",
        kw_only=True,
        alias="type",
        validator=types.tag("AstDynamicVariableNodeInput", "type", "dynamic_variable"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("type_", "type", const("dynamic_variable")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AstDynamicVariableNodeInput, type_="type")
