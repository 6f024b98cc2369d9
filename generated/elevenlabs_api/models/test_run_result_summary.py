from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TestRunResultSummary")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestRunResultSummary(Lazy):
    """Attributes:
    test_id (str):
    test_name (str):
    buckets (list[TestRunResultBucket]):
    workflow_node_id (None | str | Unset):
    """

    test_id: str

    test_name: str

    buckets: list[TestRunResultBucket]

    workflow_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "test_id",
        "test_name",
        "buckets",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        test_id = self.test_id

        test_name = self.test_name

        buckets: Any
        try:
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        except (AttributeError, TypeError):
            buckets = self.buckets

        workflow_node_id: Any
        try:
            workflow_node_id = self.workflow_node_id

        except (AttributeError, TypeError):
            workflow_node_id = self.workflow_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_id is not None or "test_id" not in self._missing_fields:
            field_dict["test_id"] = test_id
        if test_name is not None or "test_name" not in self._missing_fields:
            field_dict["test_name"] = test_name
        if buckets is not None or "buckets" not in self._missing_fields:
            field_dict["buckets"] = buckets
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_run_result_summary = cls.__new__(cls)
        test_run_result_summary.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return test_run_result_summary

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


_read_test_id = plain_reader("test_id", (str,), "a string", True)

_read_test_name = plain_reader("test_name", (str,), "a string", True)


def _read_buckets(cls: type[TestRunResultSummary], d: Mapping[str, Any]) -> Any:
    buckets_raw = d.get("buckets", MISSING)
    if buckets_raw is MISSING:
        buckets = missing_field(cls, "buckets")
    else:
        try:
            expect_array("buckets", buckets_raw)
            buckets = []
            _buckets = buckets_raw
            for buckets_item_data in _buckets:
                buckets_item = TestRunResultBucket.from_dict(buckets_item_data)

                buckets.append(buckets_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            buckets = deviating_field(cls, "buckets", buckets_raw)

    return buckets


_read_workflow_node_id = plain_reader(
    "workflow_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "test_id",
        "test_name",
        "buckets",
        "workflow_node_id",
    )
)


def _read_additional_properties(cls: type[TestRunResultSummary], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TestRunResultSummary], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    test_id = d.get("test_id", MISSING)
    if test_id.__class__ is not str:
        test_id = _read_test_id(cls, d)

    test_name = d.get("test_name", MISSING)
    if test_name.__class__ is not str:
        test_name = _read_test_name(cls, d)

    if "buckets" in known:
        buckets = known["buckets"]
    else:
        buckets = _read_buckets(cls, d)

    workflow_node_id = d.get("workflow_node_id", UNSET)
    if workflow_node_id.__class__ is not str and workflow_node_id is not None and workflow_node_id is not UNSET:
        workflow_node_id = _read_workflow_node_id(cls, d)

    return {
        "test_id": test_id,
        "test_name": test_name,
        "buckets": buckets,
        "workflow_node_id": workflow_node_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestRunResultSummary,
    _all_fields,
    {
        "test_id": _read_test_id,
        "test_name": _read_test_name,
        "buckets": _read_buckets,
        "workflow_node_id": _read_workflow_node_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.test_run_result_bucket import TestRunResultBucket
