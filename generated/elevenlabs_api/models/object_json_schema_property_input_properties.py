from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)


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
from ..models.array_json_schema_property_input import ArrayJsonSchemaPropertyInput
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
