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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TopicEvaluationCriteriaAggregate")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TopicEvaluationCriteriaAggregate(Lazy):
    """Attributes:
    criteria_id (str):
    success_count (int | Unset): Defaults to 0 on the server.
    failure_count (int | Unset): Defaults to 0 on the server.
    unknown_count (int | Unset): Defaults to 0 on the server.
    """

    criteria_id: str

    success_count: int | Unset = UNSET

    failure_count: int | Unset = UNSET

    unknown_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("criteria_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        criteria_id = self.criteria_id

        success_count = self.success_count

        failure_count = self.failure_count

        unknown_count = self.unknown_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if criteria_id is not None or "criteria_id" not in self._missing_fields:
            field_dict["criteria_id"] = criteria_id
        if success_count is not UNSET:
            field_dict["success_count"] = success_count
        if failure_count is not UNSET:
            field_dict["failure_count"] = failure_count
        if unknown_count is not UNSET:
            field_dict["unknown_count"] = unknown_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        topic_evaluation_criteria_aggregate = cls.__new__(cls)
        topic_evaluation_criteria_aggregate.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return topic_evaluation_criteria_aggregate

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


_read_criteria_id = plain_reader("criteria_id", (str,), "a string", True)

_read_success_count = plain_reader("success_count", (int,), "an integer", False)

_read_failure_count = plain_reader("failure_count", (int,), "an integer", False)

_read_unknown_count = plain_reader("unknown_count", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "criteria_id",
        "success_count",
        "failure_count",
        "unknown_count",
    )
)


def _read_additional_properties(cls: type[TopicEvaluationCriteriaAggregate], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TopicEvaluationCriteriaAggregate], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    criteria_id = d.get("criteria_id", MISSING)
    if criteria_id.__class__ is not str:
        criteria_id = _read_criteria_id(cls, d)

    success_count = d.get("success_count", UNSET)
    if success_count.__class__ is not int and success_count is not UNSET:
        success_count = _read_success_count(cls, d)

    failure_count = d.get("failure_count", UNSET)
    if failure_count.__class__ is not int and failure_count is not UNSET:
        failure_count = _read_failure_count(cls, d)

    unknown_count = d.get("unknown_count", UNSET)
    if unknown_count.__class__ is not int and unknown_count is not UNSET:
        unknown_count = _read_unknown_count(cls, d)

    return {
        "criteria_id": criteria_id,
        "success_count": success_count,
        "failure_count": failure_count,
        "unknown_count": unknown_count,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TopicEvaluationCriteriaAggregate,
    _all_fields,
    {
        "criteria_id": _read_criteria_id,
        "success_count": _read_success_count,
        "failure_count": _read_failure_count,
        "unknown_count": _read_unknown_count,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
