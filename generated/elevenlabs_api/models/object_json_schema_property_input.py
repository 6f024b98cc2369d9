from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ArrayJsonSchemaPropertyInputPropertyKind, ObjectJsonSchemaPropertyInputPropertyKind
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ObjectJsonSchemaPropertyInput(Lazy):
    """Attributes:
    property_kind: Defaults to 'object' on the server.
    description: Defaults to empty on the server.
    dynamic_variable: When set, the entire parameter is populated from this dynamic variable at runtime. Mutually
        exclusive with description (LLM-provided value), constant_value, and is_omitted. Defaults to empty on the
        server.
    constant_value: When set, the entire object uses this constant JSON value at runtime. Mutually exclusive with
        description (LLM-provided object), dynamic_variable, and is_omitted.
    is_omitted: If true, this parameter will be completely omitted from the request. Only valid for optional
        parameters. Mutually exclusive with description, dynamic_variable, and constant_value. Defaults to False on the
        server.
    type_:  Default: 'object'.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("property_kind", "property_kind", literal("ObjectJsonSchemaPropertyInputPropertyKind")),
        Field("description", "description", STR),
        Field("dynamic_variable", "dynamic_variable", STR),
        Field(
            "constant_value",
            "constant_value",
            union(object_of("ObjectJsonSchemaPropertyInputConstantValueType0"), NULL),
        ),
        Field("is_omitted", "is_omitted", BOOL),
        Field("type_", "type", const("object")),
        Field("required", "required", list_of(STR)),
        Field("properties", "properties", object_of("ObjectJsonSchemaPropertyInputProperties")),
        Field("required_constraints", "required_constraints", union(object_of("RequiredConstraints"), NULL)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ObjectJsonSchemaPropertyInput, type_="type")


@_attrs_define(slots=False)
class ArrayJsonSchemaPropertyInput(Lazy):
    """Attributes:
    property_kind: Defaults to 'array' on the server.
    description: Defaults to empty on the server.
    dynamic_variable: When set, the entire parameter is populated from this dynamic variable at runtime. Mutually
        exclusive with description (LLM-provided value), constant_value, and is_omitted. Defaults to empty on the
        server.
    constant_value: When set, the entire array uses this constant value at runtime. Mutually exclusive with
        description (LLM-provided array), dynamic_variable, and is_omitted.
    is_omitted: If true, this parameter will be completely omitted from the request. Only valid for optional
        parameters. Mutually exclusive with description, dynamic_variable, and constant_value. Defaults to False on the
        server.
    type_:  Default: 'array'.
    items: Schema for array elements.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("property_kind", "property_kind", literal("ArrayJsonSchemaPropertyInputPropertyKind")),
        Field("description", "description", STR),
        Field("dynamic_variable", "dynamic_variable", STR),
        Field("constant_value", "constant_value", union(list_of(ANY), NULL)),
        Field("is_omitted", "is_omitted", BOOL),
        Field("type_", "type", const("array")),
        Field(
            "items",
            "items",
            union(
                object_of("ObjectJsonSchemaPropertyInput"),
                object_of("ArrayJsonSchemaPropertyInput"),
                object_of("LiteralJsonSchemaProperty"),
            ),
        ),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ArrayJsonSchemaPropertyInput, type_="type")


@_attrs_define(slots=False)
class ObjectJsonSchemaPropertyInputConstantValueType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ObjectJsonSchemaPropertyInputProperties(
    Lazy,
    AdditionalProperties["ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput"],
):
    additional_properties: dict[
        str, ArrayJsonSchemaPropertyInput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyInput
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("ObjectJsonSchemaPropertyInput"),
                    object_of("ArrayJsonSchemaPropertyInput"),
                    object_of("LiteralJsonSchemaProperty"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.required_constraints import RequiredConstraints
