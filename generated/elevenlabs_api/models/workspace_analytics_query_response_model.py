from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    ColumnUnit,
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0,
)


@_attrs_define(slots=False)
class WorkspaceAnalyticsQueryResponseModel(Lazy, AdditionalProperties[Any]):
    columns: list[str]

    column_types: list[str | WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0]

    rows: list[list[bool | datetime.datetime | float | int | None | str]]

    column_units: list[ColumnUnit | None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("columns", "columns", list_of(STR), required=True),
        Field(
            "column_types",
            "column_types",
            list_of(union(literal("WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0"), STR)),
            required=True,
        ),
        Field("rows", "rows", list_of(list_of(union(STR, INT, FLOAT, BOOL, DATETIME, NULL))), required=True),
        Field("column_units", "column_units", list_of(union(literal("ColumnUnit"), NULL, STR)), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
