from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    start_time: Start of the time range as a Unix timestamp in milliseconds. Must be at least 2020-01-01.
    end_time: End of the time range as a Unix timestamp in milliseconds. Must be at least 2020-01-01.
    interval_seconds: Bucket size in seconds. Each row in the response covers this many seconds of the selected time
        range. For example, pass 3600 for hourly buckets or 86400 for daily buckets. Whether `time_zone` shifts bucket
        boundaries depends on this value: whole-day multiples (e.g. 86400) align to local midnight; whole-hour multiples
        up to 24 hours (e.g. 3600, 14400) align to local hour boundaries from midnight; sub-hour values and other sizes
        remain UTC-anchored regardless of `time_zone`. Defaults to 60 on the server.
    time_zone: IANA time zone identifier (e.g. 'America/New_York', 'Europe/London', 'UTC') used to align bucket
        boundaries for eligible `interval_seconds` values. Whole-day multiples start at local midnight; whole-hour
        multiples up to 24 hours align to local hour boundaries from midnight. Sub-hour intervals and other bucket sizes
        remain UTC-anchored regardless of this setting. Defaults to UTC. Defaults to 'UTC' on the server.
    """

    start_time: int

    end_time: int

    interval_seconds: int | Unset = UNSET

    group_by: (
        list[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item] | None | Unset
    ) = UNSET

    filters: list[ColumnFilter] | None | Unset = UNSET

    time_zone: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", INT, required=True),
        Field("end_time", "end_time", INT, required=True),
        Field("interval_seconds", "interval_seconds", INT),
        Field(
            "group_by",
            "group_by",
            union(
                list_of(
                    literal("BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item")
                ),
                NULL,
            ),
        ),
        Field("filters", "filters", union(list_of(object_of("ColumnFilter")), NULL)),
        Field("time_zone", "time_zone", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.column_filter import ColumnFilter
