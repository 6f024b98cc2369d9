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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListTestsByIdsRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListTestsByIdsRequestModel(Lazy):
    """Attributes:
    test_ids (list[str]): List of test IDs to fetch. No duplicates allowed. Prefer at most 1000 IDs per request.
    """

    test_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("test_ids",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_tests_by_ids_request_model = cls.__new__(cls)
        list_tests_by_ids_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_test_ids = plain_reader("test_ids", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(("test_ids",))


def _read_additional_properties(cls: type[ListTestsByIdsRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ListTestsByIdsRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    test_ids = d.get("test_ids", MISSING)
    if test_ids.__class__ is not list:
        test_ids = _read_test_ids(cls, d)
    elif test_ids.__class__ is list and test_ids:
        check_items(cls, "test_ids", test_ids, (str,), "a string")

    return {
        "test_ids": test_ids,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListTestsByIdsRequestModel,
    _all_fields,
    {
        "test_ids": _read_test_ids,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
