from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import Unset


@_attrs_define(slots=False)
class ConstantSchemaOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    constant_value: The constant value to use
    source:  Default: 'constant'.
    """

    constant_value: bool | ConstantSchemaOverrideConstantValueType5 | float | int | list[Any] | None | str = None

    source: Literal["constant"] | Unset = _attrs_field(
        default="constant",
        kw_only=True,
        validator=types.tag("ConstantSchemaOverride", "source", "constant"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "constant_value",
            "constant_value",
            union(STR, INT, FLOAT, BOOL, list_of(ANY), object_of("ConstantSchemaOverrideConstantValueType5"), NULL),
            required=True,
        ),
        Field("source", "source", const("constant")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConstantSchemaOverrideConstantValueType5(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
