from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolResponseMockConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolResponseMockConfigInput(Lazy):
    """Attributes:
    mock_result (str): The return value the LLM sees when this mock is active.
    parameter_conditions (list[UnitTestToolCallParameter] | Unset): If the list is empty, the mock will always
        activate.
    is_error (bool | Unset): If true, the mock result is surfaced to the LLM as a tool error rather than a
        successful result. Defaults to False on the server.
    """

    mock_result: str

    parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("mock_result",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_response_mock_config_input = cls.__new__(cls)
        tool_response_mock_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_mock_result = plain_reader("mock_result", (str,), "a string", True)


def _read_parameter_conditions(cls: type[ToolResponseMockConfigInput], d: Mapping[str, Any]) -> Any:
    parameter_conditions_raw = d.get("parameter_conditions", UNSET)
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

    return parameter_conditions


_read_is_error = plain_reader("is_error", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "mock_result",
        "parameter_conditions",
        "is_error",
    )
)


def _read_additional_properties(cls: type[ToolResponseMockConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ToolResponseMockConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    mock_result = d.get("mock_result", MISSING)
    if mock_result.__class__ is not str:
        mock_result = _read_mock_result(cls, d)

    if "parameter_conditions" in known:
        parameter_conditions = known["parameter_conditions"]
    else:
        parameter_conditions = d.get("parameter_conditions", UNSET)
        if parameter_conditions is not UNSET:
            parameter_conditions = _read_parameter_conditions(cls, d)

    is_error = d.get("is_error", UNSET)
    if is_error.__class__ is not bool and is_error is not UNSET:
        is_error = _read_is_error(cls, d)

    return {
        "mock_result": mock_result,
        "parameter_conditions": parameter_conditions,
        "is_error": is_error,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ToolResponseMockConfigInput,
    _all_fields,
    {
        "mock_result": _read_mock_result,
        "parameter_conditions": _read_parameter_conditions,
        "is_error": _read_is_error,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
