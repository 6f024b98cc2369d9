from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkflowToolLocator(Lazy, AdditionalProperties[Any]):
    """Attributes:
    schema_overrides: Per-node parameter overrides applied on top of the tool's own configuration. Keys are dotted
        parameter paths (webhook tools prefix keys with path_params./query_params./request_body.). These take precedence
        over any overrides already defined on the tool itself.
    """

    tool_id: str

    schema_overrides: None | Unset | WorkflowToolLocatorSchemaOverridesType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_id", "tool_id", STR, required=True),
        Field(
            "schema_overrides", "schema_overrides", union(object_of("WorkflowToolLocatorSchemaOverridesType0"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
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
