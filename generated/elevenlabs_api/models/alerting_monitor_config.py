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

T = TypeVar("T", bound="AlertingMonitorConfig")


@_attrs_define
class AlertingMonitorConfig:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        threshold = d.pop("threshold", UNSET)
        if (
            threshold.__class__ is not float
            and threshold.__class__ is not int
            and threshold is not None
            and threshold is not UNSET
        ):
            threshold = unexpected_type(cls, "threshold", threshold, "a number or null")

        relative_increase_threshold = d.pop("relative_increase_threshold", UNSET)
        if (
            relative_increase_threshold.__class__ is not float
            and relative_increase_threshold.__class__ is not int
            and relative_increase_threshold is not None
            and relative_increase_threshold is not UNSET
        ):
            relative_increase_threshold = unexpected_type(
                cls, "relative_increase_threshold", relative_increase_threshold, "a number or null"
            )

        min_failure_count = d.pop("min_failure_count", UNSET)
        if min_failure_count.__class__ is not int and min_failure_count is not None and min_failure_count is not UNSET:
            min_failure_count = unexpected_type(cls, "min_failure_count", min_failure_count, "an integer or null")

        min_history_bucket_count = d.pop("min_history_bucket_count", UNSET)
        if (
            min_history_bucket_count.__class__ is not int
            and min_history_bucket_count is not None
            and min_history_bucket_count is not UNSET
        ):
            min_history_bucket_count = unexpected_type(
                cls, "min_history_bucket_count", min_history_bucket_count, "an integer or null"
            )

        min_sample_count = d.pop("min_sample_count", UNSET)
        if min_sample_count.__class__ is not int and min_sample_count is not None and min_sample_count is not UNSET:
            min_sample_count = unexpected_type(cls, "min_sample_count", min_sample_count, "an integer or null")

        suspect_trigger_threshold = d.pop("suspect_trigger_threshold", UNSET)
        if (
            suspect_trigger_threshold.__class__ is not int
            and suspect_trigger_threshold is not None
            and suspect_trigger_threshold is not UNSET
        ):
            suspect_trigger_threshold = unexpected_type(
                cls, "suspect_trigger_threshold", suspect_trigger_threshold, "an integer or null"
            )

        auto_resolve_after_inactive_minutes = d.pop("auto_resolve_after_inactive_minutes", UNSET)
        if (
            auto_resolve_after_inactive_minutes.__class__ is not int
            and auto_resolve_after_inactive_minutes is not None
            and auto_resolve_after_inactive_minutes is not UNSET
        ):
            auto_resolve_after_inactive_minutes = unexpected_type(
                cls, "auto_resolve_after_inactive_minutes", auto_resolve_after_inactive_minutes, "an integer or null"
            )

        alerting_monitor_config = cls(
            threshold=threshold,
            relative_increase_threshold=relative_increase_threshold,
            min_failure_count=min_failure_count,
            min_history_bucket_count=min_history_bucket_count,
            min_sample_count=min_sample_count,
            suspect_trigger_threshold=suspect_trigger_threshold,
            auto_resolve_after_inactive_minutes=auto_resolve_after_inactive_minutes,
        )
        alerting_monitor_config.additional_properties = d
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
