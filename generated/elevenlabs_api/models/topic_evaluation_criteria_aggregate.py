from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TopicEvaluationCriteriaAggregate")


@_attrs_define
class TopicEvaluationCriteriaAggregate:
    """Attributes:
    criteria_id (str):
    success_count (int | Unset):  Default: 0.
    failure_count (int | Unset):  Default: 0.
    unknown_count (int | Unset):  Default: 0.
    """

    criteria_id: str

    success_count: int | Unset = 0

    failure_count: int | Unset = 0

    unknown_count: int | Unset = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        criteria_id = d.pop("criteria_id", MISSING)
        if criteria_id.__class__ is not str:
            if criteria_id is MISSING:
                criteria_id = missing_field(cls, "criteria_id")
                _missing += ("criteria_id",)
            else:
                criteria_id = unexpected_type(cls, "criteria_id", criteria_id, "a string")

        success_count = d.pop("success_count", UNSET)
        if success_count.__class__ is not int and success_count is not UNSET:
            success_count = unexpected_type(cls, "success_count", success_count, "an integer")

        failure_count = d.pop("failure_count", UNSET)
        if failure_count.__class__ is not int and failure_count is not UNSET:
            failure_count = unexpected_type(cls, "failure_count", failure_count, "an integer")

        unknown_count = d.pop("unknown_count", UNSET)
        if unknown_count.__class__ is not int and unknown_count is not UNSET:
            unknown_count = unexpected_type(cls, "unknown_count", unknown_count, "an integer")

        topic_evaluation_criteria_aggregate = cls(
            criteria_id=criteria_id,
            success_count=success_count,
            failure_count=failure_count,
            unknown_count=unknown_count,
        )
        if _missing:
            topic_evaluation_criteria_aggregate._missing_fields = _missing
        topic_evaluation_criteria_aggregate.additional_properties = d
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
