from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_literal_json_schema_property_type_type_0 import (
    LLMLiteralJsonSchemaPropertyTypeType0,
)
from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="LLMLiteralJsonSchemaProperty")


@_attrs_define
class LLMLiteralJsonSchemaProperty:
    """Attributes:
    type_ (list[str] | LLMLiteralJsonSchemaPropertyTypeType0 | str):
    description (str):
    enum (list[str] | None | Unset): List of allowed string values for string type parameters
    """

    type_: list[str] | LLMLiteralJsonSchemaPropertyTypeType0 | str

    description: str

    enum: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        try:
            if isinstance(self.type_, str) or isinstance(self.type_, list):
                type_ = self.type_

            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        description = self.description

        enum: Any
        try:
            if isinstance(self.enum, Unset):
                enum = UNSET
            elif isinstance(self.enum, list):
                enum = self.enum

            else:
                enum = self.enum

        except (AttributeError, TypeError):
            enum = self.enum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not None:
            field_dict["type"] = type_
        if description is not None:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        try:

            def _parse_type_(data: object) -> list[str] | LLMLiteralJsonSchemaPropertyTypeType0 | str:

                try:
                    if not isinstance(data, list):
                        raise TypeError(f"got {type(data).__name__}")
                    type_type_1 = cast(list[str], data)

                    return type_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("list[str] | LLMLiteralJsonSchemaPropertyTypeType0 | str", data)

            type_ = _parse_type_(type__raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            type_ = deviating_field(cls, "type", type__raw)

        description = d.pop("description", MISSING)
        if description is MISSING:
            description = missing_field(cls, "description")

        enum_raw = d.pop("enum", UNSET)
        try:

            def _parse_enum(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                enum_type_0 = cast(list[str], data)

                return enum_type_0

            enum = _parse_enum(enum_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            enum = deviating_field(cls, "enum", enum_raw)

        llm_literal_json_schema_property = cls(
            type_=type_,
            description=description,
            enum=enum,
        )
        llm_literal_json_schema_property.additional_properties = d
        return llm_literal_json_schema_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
