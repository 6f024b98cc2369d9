from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DynamicVariablesConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}

    Attributes:
        dynamic_variable_placeholders: A dictionary of dynamic variable placeholders and their values
    """

    dynamic_variable_placeholders: (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "dynamic_variable_placeholders",
            "dynamic_variable_placeholders",
            union(object_of("DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
