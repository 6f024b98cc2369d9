from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import ResponseFilterMode
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ApiIntegrationWebhookOverrides(Lazy, AdditionalProperties[Any]):
    schema_overrides: ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset = UNSET

    response_filter_mode: None | ResponseFilterMode | str | Unset = UNSET

    response_filters: list[str] | None | Unset = UNSET

    request_headers: ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "schema_overrides",
            "schema_overrides",
            union(object_of("ApiIntegrationWebhookOverridesSchemaOverridesType0"), NULL),
        ),
        Field("response_filter_mode", "response_filter_mode", union(literal("ResponseFilterMode"), NULL, STR)),
        Field("response_filters", "response_filters", union(list_of(STR), NULL)),
        Field(
            "request_headers",
            "request_headers",
            union(object_of("ApiIntegrationWebhookOverridesRequestHeadersType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ApiIntegrationWebhookOverridesRequestHeadersType0(Lazy, AdditionalProperties["ConvAiDynamicVariable | str"]):
    additional_properties: dict[str, ConvAiDynamicVariable | str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(union(STR, object_of("ConvAiDynamicVariable")))),
    )


@_attrs_define(slots=False)
class ApiIntegrationWebhookOverridesSchemaOverridesType0(
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
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.omit_schema_override import OmitSchemaOverride
from ..models.unknown_variant import UnknownVariant
