from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DynamicVariablesConfigWorkflowOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DynamicVariablesConfigWorkflowOverride(Lazy):
    """Example:
        {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}

    Attributes:
        dynamic_variable_placeholders (DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None |
            Unset): A dictionary of dynamic variable placeholders and their values
    """

    dynamic_variable_placeholders: (
        DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dynamic_variable_placeholders: Any
        try:
            if isinstance(self.dynamic_variable_placeholders, Unset):
                dynamic_variable_placeholders = UNSET
            elif isinstance(
                self.dynamic_variable_placeholders,
                DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,
            ):
                dynamic_variable_placeholders = self.dynamic_variable_placeholders.to_dict()
            else:
                dynamic_variable_placeholders = self.dynamic_variable_placeholders

        except (AttributeError, TypeError):
            dynamic_variable_placeholders = self.dynamic_variable_placeholders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dynamic_variable_placeholders is not UNSET:
            field_dict["dynamic_variable_placeholders"] = dynamic_variable_placeholders
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dynamic_variables_config_workflow_override = cls.__new__(cls)
        dynamic_variables_config_workflow_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dynamic_variables_config_workflow_override

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


def _read_dynamic_variable_placeholders(cls: type[DynamicVariablesConfigWorkflowOverride], d: Mapping[str, Any]) -> Any:
    dynamic_variable_placeholders_raw = d.get("dynamic_variable_placeholders", UNSET)
    try:

        def _parse_dynamic_variable_placeholders(
            data: object,
        ) -> DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            dynamic_variable_placeholders_type_0 = (
                DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0.from_dict(data)
            )

            return dynamic_variable_placeholders_type_0

        dynamic_variable_placeholders = _parse_dynamic_variable_placeholders(dynamic_variable_placeholders_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variable_placeholders = deviating_field(
            cls, "dynamic_variable_placeholders", dynamic_variable_placeholders_raw
        )

    return dynamic_variable_placeholders


_FIELDS: frozenset[str] = frozenset(("dynamic_variable_placeholders",))


def _read_additional_properties(
    cls: type[DynamicVariablesConfigWorkflowOverride], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DynamicVariablesConfigWorkflowOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "dynamic_variable_placeholders" in known:
        dynamic_variable_placeholders = known["dynamic_variable_placeholders"]
    else:
        dynamic_variable_placeholders = d.get("dynamic_variable_placeholders", UNSET)
        if dynamic_variable_placeholders is not UNSET and dynamic_variable_placeholders is not None:
            dynamic_variable_placeholders = _read_dynamic_variable_placeholders(cls, d)

    return {
        "dynamic_variable_placeholders": dynamic_variable_placeholders,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DynamicVariablesConfigWorkflowOverride,
    _all_fields,
    {
        "dynamic_variable_placeholders": _read_dynamic_variable_placeholders,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variables_config_workflow_override_dynamic_variable_placeholders_type_0 import (
    DynamicVariablesConfigWorkflowOverrideDynamicVariablePlaceholdersType0,
)
