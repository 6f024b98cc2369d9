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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TestsFeatureUsageCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestsFeatureUsageCommonModel(Lazy):
    """Attributes:
    enabled (bool | Unset): Defaults to False on the server.
    tests_ran_after_last_modification (bool | Unset): Defaults to False on the server.
    tests_ran_in_last_7_days (bool | Unset): Defaults to False on the server.
    """

    enabled: bool | Unset = UNSET

    tests_ran_after_last_modification: bool | Unset = UNSET

    tests_ran_in_last_7_days: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        tests_ran_after_last_modification = self.tests_ran_after_last_modification

        tests_ran_in_last_7_days = self.tests_ran_in_last_7_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tests_ran_after_last_modification is not UNSET:
            field_dict["tests_ran_after_last_modification"] = tests_ran_after_last_modification
        if tests_ran_in_last_7_days is not UNSET:
            field_dict["tests_ran_in_last_7_days"] = tests_ran_in_last_7_days
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tests_feature_usage_common_model = cls.__new__(cls)
        tests_feature_usage_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return tests_feature_usage_common_model

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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)

_read_tests_ran_after_last_modification = plain_reader("tests_ran_after_last_modification", (bool,), "a boolean", False)

_read_tests_ran_in_last_7_days = plain_reader("tests_ran_in_last_7_days", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "tests_ran_after_last_modification",
        "tests_ran_in_last_7_days",
    )
)


def _read_additional_properties(cls: type[TestsFeatureUsageCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TestsFeatureUsageCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    tests_ran_after_last_modification = d.get("tests_ran_after_last_modification", UNSET)
    if tests_ran_after_last_modification.__class__ is not bool and tests_ran_after_last_modification is not UNSET:
        tests_ran_after_last_modification = _read_tests_ran_after_last_modification(cls, d)

    tests_ran_in_last_7_days = d.get("tests_ran_in_last_7_days", UNSET)
    if tests_ran_in_last_7_days.__class__ is not bool and tests_ran_in_last_7_days is not UNSET:
        tests_ran_in_last_7_days = _read_tests_ran_in_last_7_days(cls, d)

    return {
        "enabled": enabled,
        "tests_ran_after_last_modification": tests_ran_after_last_modification,
        "tests_ran_in_last_7_days": tests_ran_in_last_7_days,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TestsFeatureUsageCommonModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "tests_ran_after_last_modification": _read_tests_ran_after_last_modification,
        "tests_ran_in_last_7_days": _read_tests_ran_in_last_7_days,
        "additional_properties": _read_additional_properties,
    },
)
