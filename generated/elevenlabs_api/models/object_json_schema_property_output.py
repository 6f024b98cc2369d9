from __future__ import annotations

from typing import ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    BOOL,
    NULL,
    STR,
    UNSET,
    Field,
    Lazy,
    Unset,
    const,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ObjectJsonSchemaPropertyOutput(Lazy):
    """Attributes:
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

    description: str | Unset = UNSET

    dynamic_variable: str | Unset = UNSET

    constant_value: None | ObjectJsonSchemaPropertyOutputConstantValueType0 | Unset = UNSET

    is_omitted: bool | Unset = UNSET

    type_: Literal["object"] | Unset = _attrs_field(
        default="object",
        kw_only=True,
        alias="type",
        validator=types.tag("ObjectJsonSchemaPropertyOutput", "type", "object"),
    )

    required: list[str] | Unset = UNSET

    properties: ObjectJsonSchemaPropertyOutputProperties | Unset = UNSET

    required_constraints: None | RequiredConstraints | Unset = UNSET

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("description", "description", STR),
        Field("dynamic_variable", "dynamic_variable", STR),
        Field(
            "constant_value",
            "constant_value",
            union(object_of("ObjectJsonSchemaPropertyOutputConstantValueType0"), NULL),
        ),
        Field("is_omitted", "is_omitted", BOOL),
        Field("type_", "type", const("object")),
        Field("required", "required", list_of(STR)),
        Field("properties", "properties", object_of("ObjectJsonSchemaPropertyOutputProperties")),
        Field("required_constraints", "required_constraints", union(object_of("RequiredConstraints"), NULL)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ObjectJsonSchemaPropertyOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.object_json_schema_property_output_constant_value_type_0 import (
    ObjectJsonSchemaPropertyOutputConstantValueType0,
)
from ..models.object_json_schema_property_output_properties import ObjectJsonSchemaPropertyOutputProperties
from ..models.required_constraints import RequiredConstraints
