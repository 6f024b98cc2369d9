from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_literal_json_schema_property_type_type_0 import (
    LLMLiteralJsonSchemaPropertyTypeType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type_ = d.pop("type", MISSING)
        if type_.__class__ is not list and type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "an array or a string")
        elif type_.__class__ is list and type_:
            check_items(cls, "type", type_, (str,), "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        enum = d.pop("enum", UNSET)
        if enum.__class__ is not list and enum is not None and enum is not UNSET:
            enum = unexpected_type(cls, "enum", enum, "an array or null")
        elif enum.__class__ is list and enum:
            check_items(cls, "enum", enum, (str,), "a string")

        llm_literal_json_schema_property = cls(
            type_=type_,
            description=description,
            enum=enum,
        )
        if _missing:
            llm_literal_json_schema_property._missing_fields = _missing
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
