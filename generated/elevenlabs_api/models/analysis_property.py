from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import AnalysisPropertyTypeType0, Llm
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AnalysisProperty(Lazy, AdditionalProperties[Any]):
    """Data collection property with optional per-item LLM override for post-call analysis.

    TODO: migrate to composition (value_schema: LiteralJsonSchemaProperty + llm) instead of
    inheritance, so this generalizes cleanly to object/array schemas in the future.

    Example:
        {'constant_value': '', 'description': 'My property', 'dynamic_variable': '', 'is_system_provided': False,
        'type': 'string'}

    Attributes:
        description: The description of the property. When set, the LLM will provide the value based on this
            description. Mutually exclusive with dynamic_variable, is_system_provided, constant_value, and is_omitted.
            Defaults to empty on the server.
        enum: List of allowed string values for string type parameters
        is_system_provided: If true, the value will be populated by the system at runtime. Used by API Integration
            Webhook tools for templating. Mutually exclusive with description, dynamic_variable, constant_value, and
            is_omitted. Defaults to False on the server.
        dynamic_variable: The name of the dynamic variable to use for this property's value. Mutually exclusive with
            description, is_system_provided, constant_value, and is_omitted. Defaults to empty on the server.
        allowed_values_dynamic_variable: When set, the LLM provides the value but the runtime rejects any value not
            present in the list held by this dynamic variable. Use to let the LLM pick from a server-verified set (e.g. the
            IDs the current user is allowed to access). Requires description; mutually exclusive with dynamic_variable,
            is_system_provided, constant_value, and is_omitted. Defaults to empty on the server.
        constant_value: A constant value to use for this property. Mutually exclusive with description,
            dynamic_variable, is_system_provided, and is_omitted. Defaults to empty on the server.
        is_omitted: If true, this parameter will be completely omitted from the request. Only valid for optional
            parameters. Mutually exclusive with description, dynamic_variable, is_system_provided, and constant_value.
            Defaults to False on the server.
        llm: LLM model to use for this analysis item. If not set, uses agent's analysis_llm default.
    """

    type_: AnalysisPropertyTypeType0 | str

    description: str | Unset = UNSET

    enum: list[str] | None | Unset = UNSET

    is_system_provided: bool | Unset = UNSET

    dynamic_variable: str | Unset = UNSET

    allowed_values_dynamic_variable: str | Unset = UNSET

    constant_value: bool | float | int | None | str | Unset = UNSET

    is_omitted: bool | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("AnalysisPropertyTypeType0"), STR), required=True),
        Field("description", "description", STR),
        Field("enum", "enum", union(list_of(STR), NULL)),
        Field("is_system_provided", "is_system_provided", BOOL),
        Field("dynamic_variable", "dynamic_variable", STR),
        Field("allowed_values_dynamic_variable", "allowed_values_dynamic_variable", STR),
        Field("constant_value", "constant_value", union(STR, INT, FLOAT, BOOL, NULL)),
        Field("is_omitted", "is_omitted", BOOL),
        Field("llm", "llm", union(literal("Llm"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
