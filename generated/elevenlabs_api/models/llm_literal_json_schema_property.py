from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import LlmLiteralJsonSchemaPropertyTypeType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmLiteralJsonSchemaProperty")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmLiteralJsonSchemaProperty(Lazy):
    """Attributes:
    type_ (list[str] | LlmLiteralJsonSchemaPropertyTypeType0 | str):
    description (str):
    enum (list[str] | None | Unset): List of allowed string values for string type parameters
    """

    type_: list[str] | LlmLiteralJsonSchemaPropertyTypeType0 | str

    description: str

    enum: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "type",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_literal_json_schema_property = cls.__new__(cls)
        llm_literal_json_schema_property.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_type_ = plain_reader(
    "type",
    (
        list,
        str,
    ),
    "an array or a string",
    True,
    ((str,), "a string"),
)

_read_description = plain_reader("description", (str,), "a string", True)

_read_enum = plain_reader(
    "enum",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "description",
        "enum",
    )
)


def _read_additional_properties(cls: type[LlmLiteralJsonSchemaProperty], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[LlmLiteralJsonSchemaProperty], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    type_ = d.get("type", MISSING)
    if type_.__class__ is not list and type_.__class__ is not str:
        type_ = _read_type_(cls, d)
    elif type_.__class__ is list and type_:
        check_items(cls, "type", type_, (str,), "a string")

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    enum = d.get("enum", UNSET)
    if enum.__class__ is not list and enum is not None and enum is not UNSET:
        enum = _read_enum(cls, d)
    elif enum.__class__ is list and enum:
        check_items(cls, "enum", enum, (str,), "a string")

    return {
        "type_": type_,
        "description": description,
        "enum": enum,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmLiteralJsonSchemaProperty,
    _all_fields,
    {
        "type_": _read_type_,
        "description": _read_description,
        "enum": _read_enum,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
