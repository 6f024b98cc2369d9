from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunStatus
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

T = TypeVar("T", bound="TestRunResultBucket")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestRunResultBucket(Lazy):
    """Attributes:
    test_run_ids (list[str]):
    title (str): Short one-line title for this bucket
    reason (str): Short summary of why the test runs in this bucket passed or failed
    status (str | TestRunStatus):
    """

    test_run_ids: list[str]

    title: str

    reason: str

    status: str | TestRunStatus

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "test_run_ids",
        "title",
        "reason",
        "status",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        test_run_ids: Any
        try:
            test_run_ids = self.test_run_ids

        except (AttributeError, TypeError):
            test_run_ids = self.test_run_ids

        title = self.title

        reason = self.reason

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_run_ids is not None or "test_run_ids" not in self._missing_fields:
            field_dict["test_run_ids"] = test_run_ids
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if reason is not None or "reason" not in self._missing_fields:
            field_dict["reason"] = reason
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_run_result_bucket = cls.__new__(cls)
        test_run_result_bucket.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return test_run_result_bucket

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


_read_test_run_ids = plain_reader("test_run_ids", (list,), "an array", True, ((str,), "a string"))

_read_title = plain_reader("title", (str,), "a string", True)

_read_reason = plain_reader("reason", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "test_run_ids",
        "title",
        "reason",
        "status",
    )
)


def _read_additional_properties(cls: type[TestRunResultBucket], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TestRunResultBucket], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    test_run_ids = d.get("test_run_ids", MISSING)
    if test_run_ids.__class__ is not list:
        test_run_ids = _read_test_run_ids(cls, d)
    elif test_run_ids.__class__ is list and test_run_ids:
        check_items(cls, "test_run_ids", test_run_ids, (str,), "a string")

    title = d.get("title", MISSING)
    if title.__class__ is not str:
        title = _read_title(cls, d)

    reason = d.get("reason", MISSING)
    if reason.__class__ is not str:
        reason = _read_reason(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    return {
        "test_run_ids": test_run_ids,
        "title": title,
        "reason": reason,
        "status": status,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestRunResultBucket,
    _all_fields,
    {
        "test_run_ids": _read_test_run_ids,
        "title": _read_title,
        "reason": _read_reason,
        "status": _read_status,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
