from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class QueryParamsJsonSchema(Lazy):
    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("properties", "properties", object_of("QueryParamsJsonSchemaProperties"), required=True),
        Field("required", "required", list_of(STR)),
    )


@_attrs_define(slots=False)
class QueryParamsJsonSchemaProperties(Lazy, AdditionalProperties["LiteralJsonSchemaProperty"]):
    additional_properties: dict[str, LiteralJsonSchemaProperty] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LiteralJsonSchemaProperty"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
