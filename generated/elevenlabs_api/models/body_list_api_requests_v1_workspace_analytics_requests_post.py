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
    BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    start_time: Start of the time range as a Unix timestamp in milliseconds.
    end_time: End of the time range as a Unix timestamp in milliseconds.
    limit: Defaults to 100 on the server.
    sort: Optional timestamp sort direction. If omitted, defaults to desc when end_time is provided, otherwise asc.
    """

    start_time: int | None | Unset = UNSET

    end_time: int | None | Unset = UNSET

    limit: int | Unset = UNSET

    sort: BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset = UNSET

    filters: list[ColumnFilter] | None | Unset = UNSET

    search: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_time", "start_time", union(INT, NULL)),
        Field("end_time", "end_time", union(INT, NULL)),
        Field("limit", "limit", INT),
        Field("sort", "sort", union(literal("BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0"), NULL)),
        Field("filters", "filters", union(list_of(object_of("ColumnFilter")), NULL)),
        Field("search", "search", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.column_filter import ColumnFilter
