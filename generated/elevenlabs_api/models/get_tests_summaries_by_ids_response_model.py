from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetTestsSummariesByIdsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetTestsSummariesByIdsResponseModel(Lazy):
    """Attributes:
    tests (GetTestsSummariesByIdsResponseModelTests): Dictionary mapping test IDs to their summary information
    """

    tests: GetTestsSummariesByIdsResponseModelTests

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tests",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tests: Any
        try:
            tests = self.tests.to_dict()
        except (AttributeError, TypeError):
            tests = self.tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tests is not None or "tests" not in self._missing_fields:
            field_dict["tests"] = tests
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_tests_summaries_by_ids_response_model = cls.__new__(cls)
        get_tests_summaries_by_ids_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_tests_summaries_by_ids_response_model

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


def _read_tests(cls: type[GetTestsSummariesByIdsResponseModel], d: Mapping[str, Any]) -> Any:
    tests_raw = d.get("tests", MISSING)
    if tests_raw is MISSING:
        tests = missing_field(cls, "tests")
    else:
        try:
            tests = GetTestsSummariesByIdsResponseModelTests.from_dict(tests_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            tests = deviating_field(cls, "tests", tests_raw)

    return tests


_FIELDS: frozenset[str] = frozenset(("tests",))


def _read_additional_properties(cls: type[GetTestsSummariesByIdsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetTestsSummariesByIdsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tests" in known:
        tests = known["tests"]
    else:
        tests = _read_tests(cls, d)

    return {
        "tests": tests,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetTestsSummariesByIdsResponseModel,
    _all_fields,
    {
        "tests": _read_tests,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_tests_summaries_by_ids_response_model_tests import GetTestsSummariesByIdsResponseModelTests
