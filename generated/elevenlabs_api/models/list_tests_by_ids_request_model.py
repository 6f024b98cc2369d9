from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListTestsByIdsRequestModel")


@_attrs_define
class ListTestsByIdsRequestModel:
    """Attributes:
    test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000 IDs per request.
    """

    test_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_ids = self.test_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["test_ids"] = test_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        test_ids = cast(list[str], d.pop("test_ids"))

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
