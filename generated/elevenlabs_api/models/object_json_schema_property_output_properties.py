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
class ObjectJsonSchemaPropertyOutputProperties(
    Lazy,
    AdditionalProperties[
        "ArrayJsonSchemaPropertyOutput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyOutput | UnknownVariant"
    ],
):
    additional_properties: dict[
        str, ArrayJsonSchemaPropertyOutput | LiteralJsonSchemaProperty | ObjectJsonSchemaPropertyOutput | UnknownVariant
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("ObjectJsonSchemaPropertyOutput"),
                    object_of("ArrayJsonSchemaPropertyOutput"),
                    object_of("LiteralJsonSchemaProperty"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.array_json_schema_property_output import ArrayJsonSchemaPropertyOutput
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.object_json_schema_property_output import ObjectJsonSchemaPropertyOutput
from ..models.unknown_variant import UnknownVariant
