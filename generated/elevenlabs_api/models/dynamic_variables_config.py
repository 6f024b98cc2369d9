from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DynamicVariablesConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}

    Attributes:
        dynamic_variable_placeholders: A dictionary of dynamic variable placeholders and their values
    """

    dynamic_variable_placeholders: DynamicVariablesConfigDynamicVariablePlaceholders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "dynamic_variable_placeholders",
            "dynamic_variable_placeholders",
            object_of("DynamicVariablesConfigDynamicVariablePlaceholders"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DynamicVariablesConfigDynamicVariablePlaceholders(Lazy, AdditionalProperties[Any]):
    """A dictionary of dynamic variable placeholders and their values"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
