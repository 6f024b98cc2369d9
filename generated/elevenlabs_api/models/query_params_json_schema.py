from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryParamsJsonSchema")


@_attrs_define
class QueryParamsJsonSchema:
    """Attributes:
    properties (QueryParamsJsonSchemaProperties):
    required (list[str] | Unset):
    """

    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        properties = QueryParamsJsonSchemaProperties.from_dict(d.pop("properties"))

        required = cast(list[str], d.pop("required", UNSET))

        query_params_json_schema = cls(
            properties=properties,
            required=required,
        )
        return query_params_json_schema


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
