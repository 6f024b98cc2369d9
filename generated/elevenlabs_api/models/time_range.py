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

T = TypeVar("T", bound="TimeRange")


@_attrs_define
class TimeRange:
    """Attributes:
    start_ms (int):
    end_ms (int):
    """

    start_ms: int

    end_ms: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_ms is not None or "start_ms" not in self._missing_fields:
            field_dict["start_ms"] = start_ms
        if end_ms is not None or "end_ms" not in self._missing_fields:
            field_dict["end_ms"] = end_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start_ms = d.pop("start_ms", MISSING)
        if start_ms.__class__ is not int:
            if start_ms is MISSING:
                start_ms = missing_field(cls, "start_ms")
                _missing += ("start_ms",)
            else:
                start_ms = unexpected_type(cls, "start_ms", start_ms, "an integer")

        end_ms = d.pop("end_ms", MISSING)
        if end_ms.__class__ is not int:
            if end_ms is MISSING:
                end_ms = missing_field(cls, "end_ms")
                _missing += ("end_ms",)
            else:
                end_ms = unexpected_type(cls, "end_ms", end_ms, "an integer")

        time_range = cls(
            start_ms=start_ms,
            end_ms=end_ms,
        )
        if _missing:
            time_range._missing_fields = _missing
        time_range.additional_properties = d
        return time_range

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
