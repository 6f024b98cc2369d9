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

T = TypeVar("T", bound="AlertingMonitorConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AlertingMonitorConfig(Lazy):
    """Attributes:
    threshold (float | None | Unset): Failure rate threshold at which this monitor can notify.
    relative_increase_threshold (float | None | Unset): Relative increase over the trailing baseline at which this
        monitor can notify (0.2 = 20% above baseline, 0 = any failure).
    min_failure_count (int | None | Unset): Minimum failures in the window before this monitor can fire.
    min_history_bucket_count (int | None | Unset): Minimum trailing buckets with traffic before spike detection can
        fire.
    min_sample_count (int | None | Unset): Minimum samples in the window before this monitor can fire.
    suspect_trigger_threshold (int | None | Unset): How many suspect buckets within the lookback window are required
        to promote a suspect to an alert.
    auto_resolve_after_inactive_minutes (int | None | Unset): How many minutes an alert can stay inactive before it
        is auto-resolved.
    """

    threshold: float | None | Unset = UNSET

    relative_increase_threshold: float | None | Unset = UNSET

    min_failure_count: int | None | Unset = UNSET

    min_history_bucket_count: int | None | Unset = UNSET

    min_sample_count: int | None | Unset = UNSET

    suspect_trigger_threshold: int | None | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        threshold: Any
        try:
            threshold = self.threshold

        except (AttributeError, TypeError):
            threshold = self.threshold

        relative_increase_threshold: Any
        try:
            relative_increase_threshold = self.relative_increase_threshold

        except (AttributeError, TypeError):
            relative_increase_threshold = self.relative_increase_threshold

        min_failure_count: Any
        try:
            min_failure_count = self.min_failure_count

        except (AttributeError, TypeError):
            min_failure_count = self.min_failure_count

        min_history_bucket_count: Any
        try:
            min_history_bucket_count = self.min_history_bucket_count

        except (AttributeError, TypeError):
            min_history_bucket_count = self.min_history_bucket_count

        min_sample_count: Any
        try:
            min_sample_count = self.min_sample_count

        except (AttributeError, TypeError):
            min_sample_count = self.min_sample_count

        suspect_trigger_threshold: Any
        try:
            suspect_trigger_threshold = self.suspect_trigger_threshold

        except (AttributeError, TypeError):
            suspect_trigger_threshold = self.suspect_trigger_threshold

        auto_resolve_after_inactive_minutes: Any
        try:
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        except (AttributeError, TypeError):
            auto_resolve_after_inactive_minutes = self.auto_resolve_after_inactive_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if relative_increase_threshold is not UNSET:
            field_dict["relative_increase_threshold"] = relative_increase_threshold
        if min_failure_count is not UNSET:
            field_dict["min_failure_count"] = min_failure_count
        if min_history_bucket_count is not UNSET:
            field_dict["min_history_bucket_count"] = min_history_bucket_count
        if min_sample_count is not UNSET:
            field_dict["min_sample_count"] = min_sample_count
        if suspect_trigger_threshold is not UNSET:
            field_dict["suspect_trigger_threshold"] = suspect_trigger_threshold
        if auto_resolve_after_inactive_minutes is not UNSET:
            field_dict["auto_resolve_after_inactive_minutes"] = auto_resolve_after_inactive_minutes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        alerting_monitor_config = cls.__new__(cls)
        alerting_monitor_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return alerting_monitor_config

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


_read_threshold = plain_reader(
    "threshold",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_relative_increase_threshold = plain_reader(
    "relative_increase_threshold",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_min_failure_count = plain_reader(
    "min_failure_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_min_history_bucket_count = plain_reader(
    "min_history_bucket_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_min_sample_count = plain_reader(
    "min_sample_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_suspect_trigger_threshold = plain_reader(
    "suspect_trigger_threshold",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_auto_resolve_after_inactive_minutes = plain_reader(
    "auto_resolve_after_inactive_minutes",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "threshold",
        "relative_increase_threshold",
        "min_failure_count",
        "min_history_bucket_count",
        "min_sample_count",
        "suspect_trigger_threshold",
        "auto_resolve_after_inactive_minutes",
    )
)


def _read_additional_properties(cls: type[AlertingMonitorConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AlertingMonitorConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    threshold = d.get("threshold", UNSET)
    if (
        threshold.__class__ is not float
        and threshold.__class__ is not int
        and threshold is not None
        and threshold is not UNSET
    ):
        threshold = _read_threshold(cls, d)

    relative_increase_threshold = d.get("relative_increase_threshold", UNSET)
    if (
        relative_increase_threshold.__class__ is not float
        and relative_increase_threshold.__class__ is not int
        and relative_increase_threshold is not None
        and relative_increase_threshold is not UNSET
    ):
        relative_increase_threshold = _read_relative_increase_threshold(cls, d)

    min_failure_count = d.get("min_failure_count", UNSET)
    if min_failure_count.__class__ is not int and min_failure_count is not None and min_failure_count is not UNSET:
        min_failure_count = _read_min_failure_count(cls, d)

    min_history_bucket_count = d.get("min_history_bucket_count", UNSET)
    if (
        min_history_bucket_count.__class__ is not int
        and min_history_bucket_count is not None
        and min_history_bucket_count is not UNSET
    ):
        min_history_bucket_count = _read_min_history_bucket_count(cls, d)

    min_sample_count = d.get("min_sample_count", UNSET)
    if min_sample_count.__class__ is not int and min_sample_count is not None and min_sample_count is not UNSET:
        min_sample_count = _read_min_sample_count(cls, d)

    suspect_trigger_threshold = d.get("suspect_trigger_threshold", UNSET)
    if (
        suspect_trigger_threshold.__class__ is not int
        and suspect_trigger_threshold is not None
        and suspect_trigger_threshold is not UNSET
    ):
        suspect_trigger_threshold = _read_suspect_trigger_threshold(cls, d)

    auto_resolve_after_inactive_minutes = d.get("auto_resolve_after_inactive_minutes", UNSET)
    if (
        auto_resolve_after_inactive_minutes.__class__ is not int
        and auto_resolve_after_inactive_minutes is not None
        and auto_resolve_after_inactive_minutes is not UNSET
    ):
        auto_resolve_after_inactive_minutes = _read_auto_resolve_after_inactive_minutes(cls, d)

    return {
        "threshold": threshold,
        "relative_increase_threshold": relative_increase_threshold,
        "min_failure_count": min_failure_count,
        "min_history_bucket_count": min_history_bucket_count,
        "min_sample_count": min_sample_count,
        "suspect_trigger_threshold": suspect_trigger_threshold,
        "auto_resolve_after_inactive_minutes": auto_resolve_after_inactive_minutes,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AlertingMonitorConfig,
    _all_fields,
    {
        "threshold": _read_threshold,
        "relative_increase_threshold": _read_relative_increase_threshold,
        "min_failure_count": _read_min_failure_count,
        "min_history_bucket_count": _read_min_history_bucket_count,
        "min_sample_count": _read_min_sample_count,
        "suspect_trigger_threshold": _read_suspect_trigger_threshold,
        "auto_resolve_after_inactive_minutes": _read_auto_resolve_after_inactive_minutes,
        "additional_properties": _read_additional_properties,
    },
)
