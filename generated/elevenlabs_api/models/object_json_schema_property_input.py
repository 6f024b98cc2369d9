from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    ObjectJsonSchemaPropertyInputPropertyKind,
    check_object_json_schema_property_input_property_kind,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ObjectJsonSchemaPropertyInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ObjectJsonSchemaPropertyInput(Lazy):
    """Attributes:
    property_kind (ObjectJsonSchemaPropertyInputPropertyKind | Unset): Defaults to 'object' on the server.
    description (str | Unset): Defaults to empty on the server.
    dynamic_variable (str | Unset): When set, the entire parameter is populated from this dynamic variable at
        runtime. Mutually exclusive with description (LLM-provided value), constant_value, and is_omitted. Defaults to
        empty on the server.
    constant_value (None | ObjectJsonSchemaPropertyInputConstantValueType0 | Unset): When set, the entire object
        uses this constant JSON value at runtime. Mutually exclusive with description (LLM-provided object),
        dynamic_variable, and is_omitted.
    is_omitted (bool | Unset): If true, this parameter will be completely omitted from the request. Only valid for
        optional parameters. Mutually exclusive with description, dynamic_variable, and constant_value. Defaults to
        False on the server.
    type_ (Literal['object'] | Unset):  Default: 'object'.
    required (list[str] | Unset):
    properties (ObjectJsonSchemaPropertyInputProperties | Unset):
    required_constraints (None | RequiredConstraints | Unset):
    """

    property_kind: ObjectJsonSchemaPropertyInputPropertyKind | Unset = UNSET

    description: str | Unset = UNSET

    dynamic_variable: str | Unset = UNSET

    constant_value: None | ObjectJsonSchemaPropertyInputConstantValueType0 | Unset = UNSET

    is_omitted: bool | Unset = UNSET

    type_: Literal["object"] | Unset = _attrs_field(
        default="object",
        kw_only=True,
        alias="type",
        validator=types.tag("ObjectJsonSchemaPropertyInput", "type", "object"),
    )

    required: list[str] | Unset = UNSET

    properties: ObjectJsonSchemaPropertyInputProperties | Unset = UNSET

    required_constraints: None | RequiredConstraints | Unset = UNSET

    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "object")

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
            elif isinstance(self.constant_value, ObjectJsonSchemaPropertyInputConstantValueType0):
                constant_value = self.constant_value.to_dict()
            else:
                constant_value = self.constant_value

        except (AttributeError, TypeError):
            constant_value = self.constant_value

        is_omitted = self.is_omitted

        type_ = self.type_

        required: Any
        try:
            required = UNSET
            if not isinstance(self.required, Unset):
                required = self.required

        except (AttributeError, TypeError):
            required = self.required

        properties: Any
        try:
            properties = UNSET
            if not isinstance(self.properties, Unset):
                properties = self.properties.to_dict()
        except (AttributeError, TypeError):
            properties = self.properties

        required_constraints: Any
        try:
            if isinstance(self.required_constraints, Unset):
                required_constraints = UNSET
            elif isinstance(self.required_constraints, RequiredConstraints):
                required_constraints = self.required_constraints.to_dict()
            else:
                required_constraints = self.required_constraints

        except (AttributeError, TypeError):
            required_constraints = self.required_constraints

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
        if required is not UNSET:
            field_dict["required"] = required
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required_constraints is not UNSET:
            field_dict["required_constraints"] = required_constraints
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        object_json_schema_property_input = cls.__new__(cls)
        object_json_schema_property_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return object_json_schema_property_input


def _read_type_(cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["object"] | Unset, type__raw)
    if type_ != "object" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'object', got '{type_}'")

    return type_


def _read_property_kind(cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    property_kind_raw = d.get("property_kind", UNSET)
    try:
        _property_kind = property_kind_raw
        property_kind: ObjectJsonSchemaPropertyInputPropertyKind | Unset
        if isinstance(_property_kind, Unset):
            property_kind = UNSET
        else:
            property_kind = check_object_json_schema_property_input_property_kind(_property_kind)
    except (KeyError, TypeError, ValueError, AttributeError):
        property_kind = deviating_field(cls, "property_kind", property_kind_raw)

    return property_kind


_read_description = plain_reader("description", (str,), "a string", False)

_read_dynamic_variable = plain_reader("dynamic_variable", (str,), "a string", False)


def _read_constant_value(cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    constant_value_raw = d.get("constant_value", UNSET)
    try:

        def _parse_constant_value(data: object) -> None | ObjectJsonSchemaPropertyInputConstantValueType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            constant_value_type_0 = ObjectJsonSchemaPropertyInputConstantValueType0.from_dict(data)

            return constant_value_type_0

        constant_value = _parse_constant_value(constant_value_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        constant_value = deviating_field(cls, "constant_value", constant_value_raw)

    return constant_value


_read_is_omitted = plain_reader("is_omitted", (bool,), "a boolean", False)

_read_required = plain_reader("required", (list,), "an array", False, ((str,), "a string"))


def _read_properties(cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    properties_raw = d.get("properties", UNSET)
    try:
        _properties = properties_raw
        properties: ObjectJsonSchemaPropertyInputProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ObjectJsonSchemaPropertyInputProperties.from_dict(_properties)
    except (KeyError, TypeError, ValueError, AttributeError):
        properties = deviating_field(cls, "properties", properties_raw)

    return properties


def _read_required_constraints(cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any]) -> Any:
    required_constraints_raw = d.get("required_constraints", UNSET)
    try:

        def _parse_required_constraints(data: object) -> None | RequiredConstraints | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            required_constraints_type_0 = RequiredConstraints.from_dict(data)

            return required_constraints_type_0

        required_constraints = _parse_required_constraints(required_constraints_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        required_constraints = deviating_field(cls, "required_constraints", required_constraints_raw)

    return required_constraints


def _all_fields(
    cls: type[ObjectJsonSchemaPropertyInput], d: Mapping[str, Any], known: Mapping[str, Any]
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

    if "constant_value" in known:
        constant_value = known["constant_value"]
    else:
        constant_value = d.get("constant_value", UNSET)
        if constant_value is not UNSET and constant_value is not None:
            constant_value = _read_constant_value(cls, d)

    is_omitted = d.get("is_omitted", UNSET)
    if is_omitted.__class__ is not bool and is_omitted is not UNSET:
        is_omitted = _read_is_omitted(cls, d)

    required = d.get("required", UNSET)
    if required.__class__ is not list and required is not UNSET:
        required = _read_required(cls, d)
    elif required.__class__ is list and required:
        check_items(cls, "required", required, (str,), "a string")

    if "properties" in known:
        properties = known["properties"]
    else:
        properties = d.get("properties", UNSET)
        if properties is not UNSET:
            properties = _read_properties(cls, d)

    if "required_constraints" in known:
        required_constraints = known["required_constraints"]
    else:
        required_constraints = d.get("required_constraints", UNSET)
        if required_constraints is not UNSET and required_constraints is not None:
            required_constraints = _read_required_constraints(cls, d)

    return {
        "property_kind": property_kind,
        "description": description,
        "dynamic_variable": dynamic_variable,
        "constant_value": constant_value,
        "is_omitted": is_omitted,
        "type_": type_,
        "required": required,
        "properties": properties,
        "required_constraints": required_constraints,
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ObjectJsonSchemaPropertyInput, type_="type")

set_readers(
    ObjectJsonSchemaPropertyInput,
    _all_fields,
    {
        "property_kind": _read_property_kind,
        "description": _read_description,
        "dynamic_variable": _read_dynamic_variable,
        "constant_value": _read_constant_value,
        "is_omitted": _read_is_omitted,
        "type_": _read_type_,
        "required": _read_required,
        "properties": _read_properties,
        "required_constraints": _read_required_constraints,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.object_json_schema_property_input_constant_value_type_0 import (
    ObjectJsonSchemaPropertyInputConstantValueType0,
)
from ..models.object_json_schema_property_input_properties import ObjectJsonSchemaPropertyInputProperties
from ..models.required_constraints import RequiredConstraints
