from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="DynamicVariablesConfig")


@_attrs_define
class DynamicVariablesConfig:
    """Example:
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}

    Attributes:
        dynamic_variable_placeholders (DynamicVariablesConfigDynamicVariablePlaceholders | Unset): A dictionary of
            dynamic variable placeholders and their values
    """

    dynamic_variable_placeholders: DynamicVariablesConfigDynamicVariablePlaceholders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_variable_placeholders: Any
        try:
            dynamic_variable_placeholders = UNSET
            if not isinstance(self.dynamic_variable_placeholders, Unset):
                dynamic_variable_placeholders = self.dynamic_variable_placeholders.to_dict()
        except (AttributeError, TypeError):
            dynamic_variable_placeholders = self.dynamic_variable_placeholders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variable_placeholders is not UNSET:
            field_dict["dynamic_variable_placeholders"] = dynamic_variable_placeholders
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        dynamic_variable_placeholders_raw = d.pop("dynamic_variable_placeholders", UNSET)
        try:
            _dynamic_variable_placeholders = dynamic_variable_placeholders_raw
            dynamic_variable_placeholders: DynamicVariablesConfigDynamicVariablePlaceholders | Unset
            if isinstance(_dynamic_variable_placeholders, Unset):
                dynamic_variable_placeholders = UNSET
            else:
                dynamic_variable_placeholders = DynamicVariablesConfigDynamicVariablePlaceholders.from_dict(
                    _dynamic_variable_placeholders
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            dynamic_variable_placeholders = deviating_field(
                cls, "dynamic_variable_placeholders", dynamic_variable_placeholders_raw
            )

        dynamic_variables_config = cls(
            dynamic_variable_placeholders=dynamic_variable_placeholders,
        )
        dynamic_variables_config.additional_properties = d
        return dynamic_variables_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variables_config_dynamic_variable_placeholders import (
    DynamicVariablesConfigDynamicVariablePlaceholders,
)
