from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ListTestsByIdsRequestModel")


@_attrs_define
class ListTestsByIdsRequestModel:
    """Attributes:
    test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000 IDs per request.
    """

    test_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        test_ids: Any
        try:
            test_ids = self.test_ids

        except (AttributeError, TypeError):
            test_ids = self.test_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_ids is not None or "test_ids" not in self._missing_fields:
            field_dict["test_ids"] = test_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        test_ids = d.pop("test_ids", MISSING)
        if test_ids.__class__ is not list:
            if test_ids is MISSING:
                test_ids = missing_field(cls, "test_ids")
                _missing += ("test_ids",)
            else:
                test_ids = unexpected_type(cls, "test_ids", test_ids, "an array")
        elif test_ids.__class__ is list and test_ids:
            check_items(cls, "test_ids", test_ids, (str,), "a string")

        list_tests_by_ids_request_model = cls(
            test_ids=test_ids,
        )
        if _missing:
            list_tests_by_ids_request_model._missing_fields = _missing
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
