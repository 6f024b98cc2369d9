from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_run_status import TestRunStatus
from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TestRunResultBucket")


@_attrs_define
class TestRunResultBucket:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        test_run_ids = d.pop("test_run_ids", MISSING)
        if test_run_ids.__class__ is not list:
            if test_run_ids is MISSING:
                test_run_ids = missing_field(cls, "test_run_ids")
                _missing += ("test_run_ids",)
            else:
                test_run_ids = unexpected_type(cls, "test_run_ids", test_run_ids, "an array")
        elif test_run_ids.__class__ is list and test_run_ids:
            check_items(cls, "test_run_ids", test_run_ids, (str,), "a string")

        title = d.pop("title", MISSING)
        if title.__class__ is not str:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string")

        reason = d.pop("reason", MISSING)
        if reason.__class__ is not str:
            if reason is MISSING:
                reason = missing_field(cls, "reason")
                _missing += ("reason",)
            else:
                reason = unexpected_type(cls, "reason", reason, "a string")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        test_run_result_bucket = cls(
            test_run_ids=test_run_ids,
            title=title,
            reason=reason,
            status=status,
        )
        if _missing:
            test_run_result_bucket._missing_fields = _missing
        test_run_result_bucket.additional_properties = d
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
