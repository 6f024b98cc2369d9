from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="NumericDistributionAggregate")


@_attrs_define
class NumericDistributionAggregate:
    """Attributes:
    count (int | Unset):  Default: 0.
    sum_ (float | Unset):  Default: 0.0.
    min_ (float | None | Unset):
    max_ (float | None | Unset):
    """

    count: int | Unset = 0

    sum_: float | Unset = 0.0

    min_: float | None | Unset = UNSET

    max_: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        sum_ = self.sum_

        min_: Any
        try:
            min_ = self.min_

        except (AttributeError, TypeError):
            min_ = self.min_

        max_: Any
        try:
            max_ = self.max_

        except (AttributeError, TypeError):
            max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not UNSET:
            field_dict["count"] = count
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count.__class__ is not int and count is not UNSET:
            count = unexpected_type(cls, "count", count, "an integer")

        sum_ = d.pop("sum", UNSET)
        if sum_.__class__ is not float and sum_.__class__ is not int and sum_ is not UNSET:
            sum_ = unexpected_type(cls, "sum", sum_, "a number")

        min_ = d.pop("min", UNSET)
        if min_.__class__ is not float and min_.__class__ is not int and min_ is not None and min_ is not UNSET:
            min_ = unexpected_type(cls, "min", min_, "a number or null")

        max_ = d.pop("max", UNSET)
        if max_.__class__ is not float and max_.__class__ is not int and max_ is not None and max_ is not UNSET:
            max_ = unexpected_type(cls, "max", max_, "a number or null")

        numeric_distribution_aggregate = cls(
            count=count,
            sum_=sum_,
            min_=min_,
            max_=max_,
        )
        numeric_distribution_aggregate.additional_properties = d
        return numeric_distribution_aggregate

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
