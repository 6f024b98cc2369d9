from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.array_json_schema_property_input_property_kind import (
    ArrayJsonSchemaPropertyInputPropertyKind,
    check_array_json_schema_property_input_property_kind,
)
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="ArrayJsonSchemaPropertyInput")


@_attrs_define
class ArrayJsonSchemaPropertyInput:
    """Attributes:
    property_kind (ArrayJsonSchemaPropertyInputPropertyKind | Unset):  Default: 'array'.
    description (str | Unset):  Default: ''.
    dynamic_variable (str | Unset): When set, the entire parameter is populated from this dynamic variable at
        runtime. Mutually exclusive with description (LLM-provided value), constant_value, and is_omitted. Default: ''.
    constant_value (list[Any] | None | Unset): When set, the entire array uses this constant value at runtime.
        Mutually exclusive with description (LLM-provided array), dynamic_variable, and is_omitted.
    is_omitted (bool | Unset): If true, this parameter will be completely omitted from the request. Only valid for
        optional parameters. Mutually exclusive with description, dynamic_variable, and constant_value. Default: False.
    type_ (Literal['array'] | Unset):  Default: 'array'.
    items (ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset): Schema
        for array elements.
    """

    property_kind: ArrayJsonSchemaPropertyInputPropertyKind | Unset = "array"

    description: str | Unset = ""

    dynamic_variable: str | Unset = ""

    constant_value: list[Any] | None | Unset = UNSET

    is_omitted: bool | Unset = False

    type_: Literal["array"] | Unset = "array"

    items: ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput | Unset = UNSET

    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "array")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["array"] | Unset, type__raw)
        if type_ != "array" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'array', got '{type_}'")

        property_kind_raw = d.pop("property_kind", UNSET)
        try:
            _property_kind = property_kind_raw
            property_kind: ArrayJsonSchemaPropertyInputPropertyKind | Unset
            if isinstance(_property_kind, Unset):
                property_kind = UNSET
            else:
                property_kind = check_array_json_schema_property_input_property_kind(_property_kind)
        except (KeyError, TypeError, ValueError, AttributeError):
            property_kind = deviating_field(cls, "property_kind", property_kind_raw)

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string")

        dynamic_variable = d.pop("dynamic_variable", UNSET)
        if dynamic_variable.__class__ is not str and dynamic_variable is not UNSET:
            dynamic_variable = unexpected_type(cls, "dynamic_variable", dynamic_variable, "a string")

        constant_value = d.pop("constant_value", UNSET)
        if constant_value.__class__ is not list and constant_value is not None and constant_value is not UNSET:
            constant_value = unexpected_type(cls, "constant_value", constant_value, "an array or null")

        is_omitted = d.pop("is_omitted", UNSET)
        if is_omitted.__class__ is not bool and is_omitted is not UNSET:
            is_omitted = unexpected_type(cls, "is_omitted", is_omitted, "a boolean")

        items_raw = d.pop("items", UNSET)
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

        array_json_schema_property_input = cls(
            property_kind=property_kind,
            description=description,
            dynamic_variable=dynamic_variable,
            constant_value=constant_value,
            is_omitted=is_omitted,
            type_=type_,
            items=items,
        )
        return array_json_schema_property_input


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
