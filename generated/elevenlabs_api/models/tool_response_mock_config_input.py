from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ToolResponseMockConfigInput")


@_attrs_define
class ToolResponseMockConfigInput:
    """Attributes:
    mock_result (str): The return value the LLM sees when this mock is active.
    parameter_conditions (list[UnitTestToolCallParameter] | Unset): If the list is empty, the mock will always
        activate.
    is_error (bool | Unset): If true, the mock result is surfaced to the LLM as a tool error rather than a
        successful result. Default: False.
    """

    mock_result: str

    parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET

    is_error: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        mock_result = self.mock_result

        parameter_conditions: Any
        try:
            parameter_conditions = UNSET
            if not isinstance(self.parameter_conditions, Unset):
                parameter_conditions = []
                for parameter_conditions_item_data in self.parameter_conditions:
                    parameter_conditions_item = parameter_conditions_item_data.to_dict()
                    parameter_conditions.append(parameter_conditions_item)

        except (AttributeError, TypeError):
            parameter_conditions = self.parameter_conditions

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mock_result is not None or "mock_result" not in self._missing_fields:
            field_dict["mock_result"] = mock_result
        if parameter_conditions is not UNSET:
            field_dict["parameter_conditions"] = parameter_conditions
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        mock_result = d.pop("mock_result", MISSING)
        if mock_result.__class__ is not str:
            if mock_result is MISSING:
                mock_result = missing_field(cls, "mock_result")
                _missing += ("mock_result",)
            else:
                mock_result = unexpected_type(cls, "mock_result", mock_result, "a string")

        parameter_conditions_raw = d.pop("parameter_conditions", UNSET)
        try:
            expect_array("parameter_conditions", parameter_conditions_raw)
            _parameter_conditions = parameter_conditions_raw
            parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET
            if _parameter_conditions is not UNSET:
                parameter_conditions = []
                for parameter_conditions_item_data in _parameter_conditions:
                    parameter_conditions_item = UnitTestToolCallParameter.from_dict(parameter_conditions_item_data)

                    parameter_conditions.append(parameter_conditions_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            parameter_conditions = deviating_field(cls, "parameter_conditions", parameter_conditions_raw)

        is_error = d.pop("is_error", UNSET)
        if is_error.__class__ is not bool and is_error is not UNSET:
            is_error = unexpected_type(cls, "is_error", is_error, "a boolean")

        tool_response_mock_config_input = cls(
            mock_result=mock_result,
            parameter_conditions=parameter_conditions,
            is_error=is_error,
        )
        if _missing:
            tool_response_mock_config_input._missing_fields = _missing
        tool_response_mock_config_input.additional_properties = d
        return tool_response_mock_config_input

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
from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
