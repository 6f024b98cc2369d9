from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="GetTestsSummariesByIdsResponseModel")


@_attrs_define
class GetTestsSummariesByIdsResponseModel:
    """Attributes:
    tests (GetTestsSummariesByIdsResponseModelTests): Dictionary mapping test IDs to their summary information
    """

    tests: GetTestsSummariesByIdsResponseModelTests

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tests_raw = d.pop("tests", MISSING)
        if tests_raw is MISSING:
            tests = missing_field(cls, "tests")
            _missing += ("tests",)
        else:
            try:
                tests = GetTestsSummariesByIdsResponseModelTests.from_dict(tests_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                tests = deviating_field(cls, "tests", tests_raw)

        get_tests_summaries_by_ids_response_model = cls(
            tests=tests,
        )
        if _missing:
            get_tests_summaries_by_ids_response_model._missing_fields = _missing
        get_tests_summaries_by_ids_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.get_tests_summaries_by_ids_response_model_tests import GetTestsSummariesByIdsResponseModelTests
