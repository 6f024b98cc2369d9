from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    ArrayJsonSchemaPropertyInputPropertyKind,
    check_array_json_schema_property_input_property_kind,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ArrayJsonSchemaPropertyInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ArrayJsonSchemaPropertyInput(Lazy):
    """Attributes:
    property_kind (ArrayJsonSchemaPropertyInputPropertyKind | Unset): Defaults to 'array' on the server.
    description (str | Unset): Defaults to empty on the server.
    dynamic_variable (str | Unset): When set, the entire parameter is populated from this dynamic variable at
        runtime. Mutually exclusive with description (LLM-provided value), constant_value, and is_omitted. Defaults to
        empty on the server.
    constant_value (list[Any] | None | Unset): When set, the entire array uses this constant value at runtime.
        Mutually exclusive with description (LLM-provided array), dynamic_variable, and is_omitted.
    is_omitted (bool | Unset): If true, this parameter will be completely omitted from the request. Only valid for
        optional parameters. Mutually exclusive with description, dynamic_variable, and constant_value. Defaults to
        False on the server.
    type_ (Literal['array'] | Unset):  Default: 'array'.
    items (ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset): Schema
        for array elements.
    """

    property_kind: ArrayJsonSchemaPropertyInputPropertyKind | Unset = UNSET

    description: str | Unset = UNSET

    dynamic_variable: str | Unset = UNSET

    constant_value: list[Any] | None | Unset = UNSET

    is_omitted: bool | Unset = UNSET

    type_: Literal["array"] | Unset = _attrs_field(
        default="array",
        kw_only=True,
        alias="type",
        validator=types.tag("ArrayJsonSchemaPropertyInput", "type", "array"),
    )

    items: ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset = UNSET

    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "array")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        property_kind: Any
        try:
            property_kind = UNSET
            if not isinstance(self.property_kind, Unset):
                property_kind = self.property_kind

        except (AttributeError, TypeError):
            property_kind = self.property_kind

        description = self.description

        dynamic_variable = self.dynamic_variable

        constant_value: Any
        try:
            if isinstance(self.constant_value, Unset):
                constant_value = UNSET
            elif isinstance(self.constant_value, list):
                constant_value = self.constant_value

            else:
                constant_value = self.constant_value

        except (AttributeError, TypeError):
            constant_value = self.constant_value

        is_omitted = self.is_omitted

        type_ = self.type_

        items: Any
        try:
            if isinstance(self.items, Unset):
                items = UNSET
            elif (
                isinstance(self.items, ObjectJsonSchemaPropertyInput)
                or isinstance(self.items, ArrayJsonSchemaPropertyInput)
                or isinstance(self.items, LiteralJsonSchemaProperty)
            ):
                items = self.items.to_dict()
            else:
                items = self.items

        except (AttributeError, TypeError):
            items = self.items

        field_dict: dict[str, Any] = {}
        if property_kind is not UNSET:
            field_dict["property_kind"] = property_kind
        if description is not UNSET:
            field_dict["description"] = description
        if dynamic_variable is not UNSET:
            field_dict["dynamic_variable"] = dynamic_variable
        if constant_value is not UNSET:
            field_dict["constant_value"] = constant_value
        if is_omitted is not UNSET:
            field_dict["is_omitted"] = is_omitted
        if type_ is not UNSET:
            field_dict["type"] = type_
        if items is not UNSET:
            field_dict["items"] = items
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        array_json_schema_property_input = cls.__new__(cls)
        array_json_schema_property_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return array_json_schema_property_input


def _read_type_(cls: type[ArrayJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["array"] | Unset, type__raw)
    if type_ != "array" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'array', got '{type_}'")

    return type_


def _read_property_kind(cls: type[ArrayJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    property_kind_raw = d.get("property_kind", UNSET)
    try:
        _property_kind = property_kind_raw
        property_kind: ArrayJsonSchemaPropertyInputPropertyKind | Unset
        if isinstance(_property_kind, Unset):
            property_kind = UNSET
        else:
            property_kind = check_array_json_schema_property_input_property_kind(_property_kind)
    except (KeyError, TypeError, ValueError, AttributeError):
        property_kind = deviating_field(cls, "property_kind", property_kind_raw)

    return property_kind


_read_description = plain_reader("description", (str,), "a string", False)

_read_dynamic_variable = plain_reader("dynamic_variable", (str,), "a string", False)

_read_constant_value = plain_reader(
    "constant_value",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
)

_read_is_omitted = plain_reader("is_omitted", (bool,), "a boolean", False)


def _read_items(cls: type[ArrayJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    items_raw = d.get("items", UNSET)
    try:

        def _parse_items(
            data: object,
        ) -> ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset:
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_items_member, data)

        def _parse_items_member(
            data: object,
        ) -> ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset:
            if isinstance(data, dict):
                for known in (
                    ObjectJsonSchemaPropertyInput,
                    ArrayJsonSchemaPropertyInput,
                    LiteralJsonSchemaProperty,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                items_type_0 = ObjectJsonSchemaPropertyInput.from_dict(data)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                items_type_1 = ArrayJsonSchemaPropertyInput.from_dict(data)

                return items_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            items_type_2 = LiteralJsonSchemaProperty.from_dict(data)

            return items_type_2

        items = _parse_items(items_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        items = deviating_field(cls, "items", items_raw)

    return items


def _all_fields(
    cls: type[ArrayJsonSchemaPropertyInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    if "property_kind" in known:
        property_kind = known["property_kind"]
    else:
        property_kind = d.get("property_kind", UNSET)
        if property_kind is not UNSET:
            property_kind = _read_property_kind(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not UNSET:
        description = _read_description(cls, d)

    dynamic_variable = d.get("dynamic_variable", UNSET)
    if dynamic_variable.__class__ is not str and dynamic_variable is not UNSET:
        dynamic_variable = _read_dynamic_variable(cls, d)

    constant_value = d.get("constant_value", UNSET)
    if constant_value.__class__ is not list and constant_value is not None and constant_value is not UNSET:
        constant_value = _read_constant_value(cls, d)

    is_omitted = d.get("is_omitted", UNSET)
    if is_omitted.__class__ is not bool and is_omitted is not UNSET:
        is_omitted = _read_is_omitted(cls, d)

    if "items" in known:
        items = known["items"]
    else:
        items = d.get("items", UNSET)
        if items is not UNSET:
            items = _read_items(cls, d)

    return {
        "property_kind": property_kind,
        "description": description,
        "dynamic_variable": dynamic_variable,
        "constant_value": constant_value,
        "is_omitted": is_omitted,
        "type_": type_,
        "items": items,
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ArrayJsonSchemaPropertyInput, type_="type")

set_readers(
    ArrayJsonSchemaPropertyInput,
    _all_fields,
    {
        "property_kind": _read_property_kind,
        "description": _read_description,
        "dynamic_variable": _read_dynamic_variable,
        "constant_value": _read_constant_value,
        "is_omitted": _read_is_omitted,
        "type_": _read_type_,
        "items": _read_items,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
