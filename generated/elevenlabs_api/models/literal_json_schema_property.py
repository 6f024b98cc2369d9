from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import LiteralJsonSchemaPropertyType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LiteralJsonSchemaProperty(Lazy, AdditionalProperties[Any]):
    """Attributes:
    description: The description of the property Defaults to empty on the server.
    enum: List of allowed string values for string type parameters
    is_system_provided: If true, the value will be populated by the system at runtime. Used by Api Integration
        Webhook tools for templating. Defaults to False on the server.
    dynamic_variable: The dynamic variable of the property Defaults to empty on the server.
    """

    type_: LiteralJsonSchemaPropertyType | str

    description: str | Unset = UNSET

    enum: list[str] | None | Unset = UNSET

    is_system_provided: bool | Unset = UNSET

    dynamic_variable: str | Unset = UNSET

    constant_value: bool | float | int | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("LiteralJsonSchemaPropertyType"), STR), required=True),
        Field("description", "description", STR),
        Field("enum", "enum", union(list_of(STR), NULL)),
        Field("is_system_provided", "is_system_provided", BOOL),
        Field("dynamic_variable", "dynamic_variable", STR),
        Field("constant_value", "constant_value", union(STR, INT, FLOAT, BOOL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
