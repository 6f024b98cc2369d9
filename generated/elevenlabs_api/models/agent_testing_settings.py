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
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentTestingSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentTestingSettings(Lazy):
    """Settings for agent testing configuration.

    Example:
        {'attached_tests': [{'environment': 'staging', 'test_id': 'test_123', 'workflow_node_id': 'node_abc'},
        {'test_id': 'test_456'}], 'referenced_tests_ids': ['test_123', 'test_456']}

    Attributes:
        attached_tests (list[AttachedTestModel] | Unset): List of test IDs that should be run for this agent
    """

    attached_tests: list[AttachedTestModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        attached_tests: Any
        try:
            attached_tests = UNSET
            if not isinstance(self.attached_tests, Unset):
                attached_tests = []
                for attached_tests_item_data in self.attached_tests:
                    attached_tests_item = attached_tests_item_data.to_dict()
                    attached_tests.append(attached_tests_item)

        except (AttributeError, TypeError):
            attached_tests = self.attached_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_testing_settings = cls.__new__(cls)
        agent_testing_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_testing_settings

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


def _read_attached_tests(cls: type[AgentTestingSettings], d: Mapping[str, Any]) -> Any:
    attached_tests_raw = d.get("attached_tests", UNSET)
    try:
        expect_array("attached_tests", attached_tests_raw)
        _attached_tests = attached_tests_raw
        attached_tests: list[AttachedTestModel] | Unset = UNSET
        if _attached_tests is not UNSET:
            attached_tests = []
            for attached_tests_item_data in _attached_tests:
                attached_tests_item = AttachedTestModel.from_dict(attached_tests_item_data)

                attached_tests.append(attached_tests_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        attached_tests = deviating_field(cls, "attached_tests", attached_tests_raw)

    return attached_tests


_FIELDS: frozenset[str] = frozenset(("attached_tests",))


def _read_additional_properties(cls: type[AgentTestingSettings], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentTestingSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "attached_tests" in known:
        attached_tests = known["attached_tests"]
    else:
        attached_tests = d.get("attached_tests", UNSET)
        if attached_tests is not UNSET:
            attached_tests = _read_attached_tests(cls, d)

    return {
        "attached_tests": attached_tests,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentTestingSettings,
    _all_fields,
    {
        "attached_tests": _read_attached_tests,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.attached_test_model import AttachedTestModel
