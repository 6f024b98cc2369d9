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
class DynamicVariableSchemaOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    dynamic_variable: The name of the dynamic variable to use
    source:  Default: 'dynamic_variable'.
    """

    dynamic_variable: str

    source: Literal["dynamic_variable"] | Unset = _attrs_field(
        default="dynamic_variable",
        kw_only=True,
        validator=types.tag("DynamicVariableSchemaOverride", "source", "dynamic_variable"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("dynamic_variable", "dynamic_variable", STR, required=True),
        Field("source", "source", const("dynamic_variable")),
        Field("additional_properties", None, dict_of(ANY)),
    )
