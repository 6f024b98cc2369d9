from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="ListTestsByIdsRequestModel")


@_attrs_define
class ListTestsByIdsRequestModel:
    """Attributes:
    test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000 IDs per request.
    """

    test_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_ids: Any
        try:
            test_ids = self.test_ids

        except (AttributeError, TypeError):
            test_ids = self.test_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_ids is not None:
            field_dict["test_ids"] = test_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        test_ids_raw = d.pop("test_ids", MISSING)
        if test_ids_raw is MISSING:
            test_ids_raw = missing_field(cls, "test_ids")
        try:
            test_ids = cast(list[str], test_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            test_ids = deviating_field(cls, "test_ids", test_ids_raw)

        list_tests_by_ids_request_model = cls(
            test_ids=test_ids,
        )
        list_tests_by_ids_request_model.additional_properties = d
        return list_tests_by_ids_request_model

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
