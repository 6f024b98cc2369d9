from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="QueryParamsJsonSchema")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class QueryParamsJsonSchema(Lazy):
    """Attributes:
    properties (QueryParamsJsonSchemaProperties):
    required (list[str] | Unset):
    """

    properties: QueryParamsJsonSchemaProperties

    required: list[str] | Unset = UNSET

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("properties",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        query_params_json_schema = cls.__new__(cls)
        query_params_json_schema.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return query_params_json_schema


def _read_properties(cls: type[QueryParamsJsonSchema], d: Mapping[str, Any]) -> Any:
    properties_raw = d.get("properties", MISSING)
    if properties_raw is MISSING:
        properties = missing_field(cls, "properties")
    else:
        try:
            properties = QueryParamsJsonSchemaProperties.from_dict(properties_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            properties = deviating_field(cls, "properties", properties_raw)

    return properties


_read_required = plain_reader("required", (list,), "an array", False, ((str,), "a string"))


def _all_fields(cls: type[QueryParamsJsonSchema], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "properties" in known:
        properties = known["properties"]
    else:
        properties = _read_properties(cls, d)

    required = d.get("required", UNSET)
    if required.__class__ is not list and required is not UNSET:
        required = _read_required(cls, d)
    elif required.__class__ is list and required:
        check_items(cls, "required", required, (str,), "a string")

    return {
        "properties": properties,
        "required": required,
        "_missing_fields": (),
    }


set_readers(
    QueryParamsJsonSchema,
    _all_fields,
    {
        "properties": _read_properties,
        "required": _read_required,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.query_params_json_schema_properties import QueryParamsJsonSchemaProperties
