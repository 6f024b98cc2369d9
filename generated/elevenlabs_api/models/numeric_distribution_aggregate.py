from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="NumericDistributionAggregate")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class NumericDistributionAggregate(Lazy):
    """Attributes:
    count (int | Unset): Defaults to 0 on the server.
    sum_ (float | Unset): Defaults to 0.0 on the server.
    min_ (float | None | Unset):
    max_ (float | None | Unset):
    """

    count: int | Unset = UNSET

    sum_: float | Unset = UNSET

    min_: float | None | Unset = UNSET

    max_: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        numeric_distribution_aggregate = cls.__new__(cls)
        numeric_distribution_aggregate.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_count = plain_reader("count", (int,), "an integer", False)

_read_sum_ = plain_reader(
    "sum",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_min_ = plain_reader(
    "min",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_max_ = plain_reader(
    "max",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "count",
        "sum",
        "min",
        "max",
    )
)


def _read_additional_properties(cls: type[NumericDistributionAggregate], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[NumericDistributionAggregate], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    count = d.get("count", UNSET)
    if count.__class__ is not int and count is not UNSET:
        count = _read_count(cls, d)

    sum_ = d.get("sum", UNSET)
    if sum_.__class__ is not float and sum_.__class__ is not int and sum_ is not UNSET:
        sum_ = _read_sum_(cls, d)

    min_ = d.get("min", UNSET)
    if min_.__class__ is not float and min_.__class__ is not int and min_ is not None and min_ is not UNSET:
        min_ = _read_min_(cls, d)

    max_ = d.get("max", UNSET)
    if max_.__class__ is not float and max_.__class__ is not int and max_ is not None and max_ is not UNSET:
        max_ = _read_max_(cls, d)

    return {
        "count": count,
        "sum_": sum_,
        "min_": min_,
        "max_": max_,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    NumericDistributionAggregate,
    _all_fields,
    {
        "count": _read_count,
        "sum_": _read_sum_,
        "min_": _read_min_,
        "max_": _read_max_,
        "additional_properties": _read_additional_properties,
    },
)
