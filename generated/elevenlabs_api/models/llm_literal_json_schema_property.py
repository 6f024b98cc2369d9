from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
from ..models._literals import LlmLiteralJsonSchemaPropertyTypeType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmLiteralJsonSchemaProperty(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enum: List of allowed string values for string type parameters
    """

    type_: list[str] | LlmLiteralJsonSchemaPropertyTypeType0 | str

    description: str

    enum: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "type_", "type", union(literal("LlmLiteralJsonSchemaPropertyTypeType0"), list_of(STR), STR), required=True
        ),
        Field("description", "description", STR, required=True),
        Field("enum", "enum", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
