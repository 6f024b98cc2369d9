from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class QueryParamsJsonSchema(Lazy):
    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("properties", "properties", object_of("QueryParamsJsonSchemaProperties"), required=True),
        Field("required", "required", list_of(STR)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
