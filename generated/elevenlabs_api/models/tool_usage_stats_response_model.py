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

T = TypeVar("T", bound="ToolUsageStatsResponseModel")


@_attrs_define
class ToolUsageStatsResponseModel:
    """Attributes:
    avg_latency_secs (float):
    total_calls (int | Unset): The total number of calls to the tool Default: 0.
    """

    avg_latency_secs: float

    total_calls: int | Unset = 0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        avg_latency_secs = self.avg_latency_secs

        total_calls = self.total_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if avg_latency_secs is not None or "avg_latency_secs" not in self._missing_fields:
            field_dict["avg_latency_secs"] = avg_latency_secs
        if total_calls is not UNSET:
            field_dict["total_calls"] = total_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        avg_latency_secs = d.pop("avg_latency_secs", MISSING)
        if avg_latency_secs.__class__ is not float and avg_latency_secs.__class__ is not int:
            if avg_latency_secs is MISSING:
                avg_latency_secs = missing_field(cls, "avg_latency_secs")
                _missing += ("avg_latency_secs",)
            else:
                avg_latency_secs = unexpected_type(cls, "avg_latency_secs", avg_latency_secs, "a number")

        total_calls = d.pop("total_calls", UNSET)
        if total_calls.__class__ is not int and total_calls is not UNSET:
            total_calls = unexpected_type(cls, "total_calls", total_calls, "an integer")

        tool_usage_stats_response_model = cls(
            avg_latency_secs=avg_latency_secs,
            total_calls=total_calls,
        )
        if _missing:
            tool_usage_stats_response_model._missing_fields = _missing
        tool_usage_stats_response_model.additional_properties = d
        return tool_usage_stats_response_model

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
