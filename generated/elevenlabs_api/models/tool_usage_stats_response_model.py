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

T = TypeVar("T", bound="ToolUsageStatsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolUsageStatsResponseModel(Lazy):
    """Attributes:
    avg_latency_secs (float):
    total_calls (int | Unset): The total number of calls to the tool Defaults to 0 on the server.
    """

    avg_latency_secs: float

    total_calls: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("avg_latency_secs",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_usage_stats_response_model = cls.__new__(cls)
        tool_usage_stats_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_avg_latency_secs = plain_reader(
    "avg_latency_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_total_calls = plain_reader("total_calls", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "avg_latency_secs",
        "total_calls",
    )
)


def _read_additional_properties(cls: type[ToolUsageStatsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ToolUsageStatsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    avg_latency_secs = d.get("avg_latency_secs", MISSING)
    if avg_latency_secs.__class__ is not float and avg_latency_secs.__class__ is not int:
        avg_latency_secs = _read_avg_latency_secs(cls, d)

    total_calls = d.get("total_calls", UNSET)
    if total_calls.__class__ is not int and total_calls is not UNSET:
        total_calls = _read_total_calls(cls, d)

    return {
        "avg_latency_secs": avg_latency_secs,
        "total_calls": total_calls,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ToolUsageStatsResponseModel,
    _all_fields,
    {
        "avg_latency_secs": _read_avg_latency_secs,
        "total_calls": _read_total_calls,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
