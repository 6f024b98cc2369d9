from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="QueryParamsJsonSchema")


@_attrs_define
class QueryParamsJsonSchema:
    """Attributes:
    properties (QueryParamsJsonSchemaProperties):
    required (list[str] | Unset):
    """

    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if properties is not None or "properties" not in self._missing_fields:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        properties_raw = d.pop("properties", MISSING)
        if properties_raw is MISSING:
            properties = missing_field(cls, "properties")
            _missing += ("properties",)
        else:
            try:
                properties = QueryParamsJsonSchemaProperties.from_dict(properties_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                properties = deviating_field(cls, "properties", properties_raw)

        required = d.pop("required", UNSET)
        if required.__class__ is not list and required is not UNSET:
            required = unexpected_type(cls, "required", required, "an array")
        elif required.__class__ is list and required:
            check_items(cls, "required", required, (str,), "a string")

        query_params_json_schema = cls(
            properties=properties,
            required=required,
        )
        if _missing:
            query_params_json_schema._missing_fields = _missing
        return query_params_json_schema


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
