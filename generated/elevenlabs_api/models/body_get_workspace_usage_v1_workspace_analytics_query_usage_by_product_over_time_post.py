from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item,
    check_body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post_group_by_type_0_item,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost(Lazy):
    """Attributes:
    start_time (int): Start of the time range as a Unix timestamp in milliseconds. Must be at least 2020-01-01.
    end_time (int): End of the time range as a Unix timestamp in milliseconds. Must be at least 2020-01-01.
    interval_seconds (int | Unset): Bucket size in seconds. Each row in the response covers this many seconds of the
        selected time range. For example, pass 3600 for hourly buckets or 86400 for daily buckets. Whether `time_zone`
        shifts bucket boundaries depends on this value: whole-day multiples (e.g. 86400) align to local midnight; whole-
        hour multiples up to 24 hours (e.g. 3600, 14400) align to local hour boundaries from midnight; sub-hour values
        and other sizes remain UTC-anchored regardless of `time_zone`. Defaults to 60 on the server.
    group_by (list[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item] | None
        | Unset):
    filters (list[ColumnFilter] | None | Unset):
    time_zone (str | Unset): IANA time zone identifier (e.g. 'America/New_York', 'Europe/London', 'UTC') used to
        align bucket boundaries for eligible `interval_seconds` values. Whole-day multiples start at local midnight;
        whole-hour multiples up to 24 hours align to local hour boundaries from midnight. Sub-hour intervals and other
        bucket sizes remain UTC-anchored regardless of this setting. Defaults to UTC. Defaults to 'UTC' on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_time",
        "end_time",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_time = self.start_time

        end_time = self.end_time

        interval_seconds = self.interval_seconds

        group_by: Any
        try:
            if isinstance(self.group_by, Unset):
                group_by = UNSET
            elif isinstance(self.group_by, list):
                group_by = []
                for group_by_type_0_item_data in self.group_by:
                    group_by_type_0_item: str = group_by_type_0_item_data
                    group_by.append(group_by_type_0_item)

            else:
                group_by = self.group_by

        except (AttributeError, TypeError):
            group_by = self.group_by

        filters: Any
        try:
            if isinstance(self.filters, Unset):
                filters = UNSET
            elif isinstance(self.filters, list):
                filters = []
                for filters_type_0_item_data in self.filters:
                    filters_type_0_item = filters_type_0_item_data.to_dict()
                    filters.append(filters_type_0_item)

            else:
                filters = self.filters

        except (AttributeError, TypeError):
            filters = self.filters

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not None or "start_time" not in self._missing_fields:
            field_dict["start_time"] = start_time
        if end_time is not None or "end_time" not in self._missing_fields:
            field_dict["end_time"] = end_time
        if interval_seconds is not UNSET:
            field_dict["interval_seconds"] = interval_seconds
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if filters is not UNSET:
            field_dict["filters"] = filters
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post = cls.__new__(cls)
        body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post

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


_read_start_time = plain_reader("start_time", (int,), "an integer", True)

_read_end_time = plain_reader("end_time", (int,), "an integer", True)

_read_interval_seconds = plain_reader("interval_seconds", (int,), "an integer", False)


def _read_group_by(
    cls: type[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost], d: Mapping[str, Any]
) -> Any:
    group_by_raw = d.get("group_by", UNSET)
    try:

        def _parse_group_by(
            data: object,
        ) -> (
            list[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePostGroupByType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            group_by_type_0 = []
            _group_by_type_0 = data
            for group_by_type_0_item_data in _group_by_type_0:
                group_by_type_0_item = check_body_get_workspace_usage_v1_workspace_analytics_query_usage_by_product_over_time_post_group_by_type_0_item(
                    group_by_type_0_item_data
                )

                group_by_type_0.append(group_by_type_0_item)

            return group_by_type_0

        group_by = _parse_group_by(group_by_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        group_by = deviating_field(cls, "group_by", group_by_raw)

    return group_by


def _read_filters(
    cls: type[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost], d: Mapping[str, Any]
) -> Any:
    filters_raw = d.get("filters", UNSET)
    try:

        def _parse_filters(data: object) -> list[ColumnFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            filters_type_0 = []
            _filters_type_0 = data
            for filters_type_0_item_data in _filters_type_0:
                filters_type_0_item = ColumnFilter.from_dict(filters_type_0_item_data)

                filters_type_0.append(filters_type_0_item)

            return filters_type_0

        filters = _parse_filters(filters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        filters = deviating_field(cls, "filters", filters_raw)

    return filters


_read_time_zone = plain_reader("time_zone", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "interval_seconds",
        "group_by",
        "filters",
        "time_zone",
    )
)


def _read_additional_properties(
    cls: type[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time = d.get("start_time", MISSING)
    if start_time.__class__ is not int:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", MISSING)
    if end_time.__class__ is not int:
        end_time = _read_end_time(cls, d)

    interval_seconds = d.get("interval_seconds", UNSET)
    if interval_seconds.__class__ is not int and interval_seconds is not UNSET:
        interval_seconds = _read_interval_seconds(cls, d)

    if "group_by" in known:
        group_by = known["group_by"]
    else:
        group_by = d.get("group_by", UNSET)
        if group_by is not UNSET and group_by is not None:
            group_by = _read_group_by(cls, d)

    if "filters" in known:
        filters = known["filters"]
    else:
        filters = d.get("filters", UNSET)
        if filters is not UNSET and filters is not None:
            filters = _read_filters(cls, d)

    time_zone = d.get("time_zone", UNSET)
    if time_zone.__class__ is not str and time_zone is not UNSET:
        time_zone = _read_time_zone(cls, d)

    return {
        "start_time": start_time,
        "end_time": end_time,
        "interval_seconds": interval_seconds,
        "group_by": group_by,
        "filters": filters,
        "time_zone": time_zone,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyGetWorkspaceUsageV1WorkspaceAnalyticsQueryUsageByProductOverTimePost,
    _all_fields,
    {
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "interval_seconds": _read_interval_seconds,
        "group_by": _read_group_by,
        "filters": _read_filters,
        "time_zone": _read_time_zone,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.column_filter import ColumnFilter
