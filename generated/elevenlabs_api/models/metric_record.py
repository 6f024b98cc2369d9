from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MetricRecord")


@_attrs_define
class MetricRecord:
    """Attributes:
    elapsed_time (float):
    """

    elapsed_time: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        elapsed_time = self.elapsed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if elapsed_time is not None or "elapsed_time" not in self._missing_fields:
            field_dict["elapsed_time"] = elapsed_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        elapsed_time = d.pop("elapsed_time", MISSING)
        if elapsed_time.__class__ is not float and elapsed_time.__class__ is not int:
            if elapsed_time is MISSING:
                elapsed_time = missing_field(cls, "elapsed_time")
                _missing += ("elapsed_time",)
            else:
                elapsed_time = unexpected_type(cls, "elapsed_time", elapsed_time, "a number")

        metric_record = cls(
            elapsed_time=elapsed_time,
        )
        if _missing:
            metric_record._missing_fields = _missing
        metric_record.additional_properties = d
        return metric_record

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
