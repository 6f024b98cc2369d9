from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

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
        properties: Any
        try:
            properties = self.properties.to_dict()
        except (AttributeError, TypeError):
            properties = self.properties

        required: Any
        try:
            required = UNSET
            if not isinstance(self.required, Unset):
                required = self.required

        except (AttributeError, TypeError):
            required = self.required

        field_dict: dict[str, Any] = {}
        if properties is not None:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        properties_raw = d.pop("properties", MISSING)
        if properties_raw is MISSING:
            properties_raw = missing_field(cls, "properties")
        try:
            properties = QueryParamsJsonSchemaProperties.from_dict(properties_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            properties = deviating_field(cls, "properties", properties_raw)

        required_raw = d.pop("required", UNSET)
        try:
            required = cast(list[str], required_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            required = deviating_field(cls, "required", required_raw)

        query_params_json_schema = cls(
            properties=properties,
            required=required,
        )
        return query_params_json_schema


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
