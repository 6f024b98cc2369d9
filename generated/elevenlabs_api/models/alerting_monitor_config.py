from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    INT,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AlertingMonitorConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    threshold: Failure rate threshold at which this monitor can notify.
    relative_increase_threshold: Relative increase over the trailing baseline at which this monitor can notify (0.2
        = 20% above baseline, 0 = any failure).
    min_failure_count: Minimum failures in the window before this monitor can fire.
    min_history_bucket_count: Minimum trailing buckets with traffic before spike detection can fire.
    min_sample_count: Minimum samples in the window before this monitor can fire.
    suspect_trigger_threshold: How many suspect buckets within the lookback window are required to promote a suspect
        to an alert.
    auto_resolve_after_inactive_minutes: How many minutes an alert can stay inactive before it is auto-resolved.
    """

    threshold: float | None | Unset = UNSET

    relative_increase_threshold: float | None | Unset = UNSET

    min_failure_count: int | None | Unset = UNSET

    min_history_bucket_count: int | None | Unset = UNSET

    min_sample_count: int | None | Unset = UNSET

    suspect_trigger_threshold: int | None | Unset = UNSET

    auto_resolve_after_inactive_minutes: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("threshold", "threshold", union(FLOAT, NULL)),
        Field("relative_increase_threshold", "relative_increase_threshold", union(FLOAT, NULL)),
        Field("min_failure_count", "min_failure_count", union(INT, NULL)),
        Field("min_history_bucket_count", "min_history_bucket_count", union(INT, NULL)),
        Field("min_sample_count", "min_sample_count", union(INT, NULL)),
        Field("suspect_trigger_threshold", "suspect_trigger_threshold", union(INT, NULL)),
        Field("auto_resolve_after_inactive_minutes", "auto_resolve_after_inactive_minutes", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
