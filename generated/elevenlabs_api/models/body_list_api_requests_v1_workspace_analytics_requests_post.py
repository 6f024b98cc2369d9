from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0,
    check_body_list_api_requests_v1_workspace_analytics_requests_post_sort_type_0,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost(Lazy):
    """Attributes:
    start_time (int | None | Unset): Start of the time range as a Unix timestamp in milliseconds.
    end_time (int | None | Unset): End of the time range as a Unix timestamp in milliseconds.
    limit (int | Unset): Defaults to 100 on the server.
    sort (BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset): Optional timestamp sort
        direction. If omitted, defaults to desc when end_time is provided, otherwise asc.
    filters (list[ColumnFilter] | None | Unset):
    search (None | str | Unset):
    """

    start_time: int | None | Unset = UNSET

    end_time: int | None | Unset = UNSET

    limit: int | Unset = UNSET

    sort: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset = UNSET

    filters: list[ColumnFilter] | None | Unset = UNSET

    search: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        start_time: Any
        try:
            start_time = self.start_time

        except (AttributeError, TypeError):
            start_time = self.start_time

        end_time: Any
        try:
            end_time = self.end_time

        except (AttributeError, TypeError):
            end_time = self.end_time

        limit = self.limit

        sort: Any
        try:
            if isinstance(self.sort, Unset):
                sort = UNSET
            elif isinstance(self.sort, str):
                sort = self.sort
            else:
                sort = self.sort

        except (AttributeError, TypeError):
            sort = self.sort

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

        search: Any
        try:
            search = self.search

        except (AttributeError, TypeError):
            search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search is not UNSET:
            field_dict["search"] = search
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_list_api_requests_v1_workspace_analytics_requests_post = cls.__new__(cls)
        body_list_api_requests_v1_workspace_analytics_requests_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_list_api_requests_v1_workspace_analytics_requests_post

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


_read_start_time = plain_reader(
    "start_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_end_time = plain_reader(
    "end_time",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_limit = plain_reader("limit", (int,), "an integer", False)


def _read_sort(cls: type[BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost], d: Mapping[str, Any]) -> Any:
    sort_raw = d.get("sort", UNSET)
    try:

        def _parse_sort(data: object) -> BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            sort_type_0 = check_body_list_api_requests_v1_workspace_analytics_requests_post_sort_type_0(data)

            return sort_type_0

        sort = _parse_sort(sort_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        sort = deviating_field(cls, "sort", sort_raw)

    return sort


def _read_filters(cls: type[BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost], d: Mapping[str, Any]) -> Any:
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


_read_search = plain_reader(
    "search",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "limit",
        "sort",
        "filters",
        "search",
    )
)


def _read_additional_properties(
    cls: type[BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time = d.get("start_time", UNSET)
    if start_time.__class__ is not int and start_time is not None and start_time is not UNSET:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", UNSET)
    if end_time.__class__ is not int and end_time is not None and end_time is not UNSET:
        end_time = _read_end_time(cls, d)

    limit = d.get("limit", UNSET)
    if limit.__class__ is not int and limit is not UNSET:
        limit = _read_limit(cls, d)

    if "sort" in known:
        sort = known["sort"]
    else:
        sort = d.get("sort", UNSET)
        if sort is not UNSET and sort is not None:
            sort = _read_sort(cls, d)

    if "filters" in known:
        filters = known["filters"]
    else:
        filters = d.get("filters", UNSET)
        if filters is not UNSET and filters is not None:
            filters = _read_filters(cls, d)

    search = d.get("search", UNSET)
    if search.__class__ is not str and search is not None and search is not UNSET:
        search = _read_search(cls, d)

    return {
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "sort": sort,
        "filters": filters,
        "search": search,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost,
    _all_fields,
    {
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "limit": _read_limit,
        "sort": _read_sort,
        "filters": _read_filters,
        "search": _read_search,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.column_filter import ColumnFilter
