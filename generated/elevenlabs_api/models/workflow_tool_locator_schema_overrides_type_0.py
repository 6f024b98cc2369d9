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
class WorkflowToolLocatorSchemaOverridesType0(
    Lazy,
    AdditionalProperties[
        "ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant"
    ],
):
    additional_properties: dict[
        str,
        ConstantSchemaOverride
        | DynamicVariableSchemaOverride
        | LlmSchemaOverride
        | OmitSchemaOverride
        | UnknownVariant,
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("ConstantSchemaOverride"),
                    object_of("DynamicVariableSchemaOverride"),
                    object_of("LlmSchemaOverride"),
                    object_of("OmitSchemaOverride"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.constant_schema_override import ConstantSchemaOverride
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.omit_schema_override import OmitSchemaOverride
from ..models.unknown_variant import UnknownVariant
