from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ColumnUnit,
    WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceAnalyticsQueryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceAnalyticsQueryResponseModel(Lazy):
    """Attributes:
    columns (list[str]):
    column_types (list[str | WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0]):
    rows (list[list[bool | datetime.datetime | float | int | None | str]]):
    column_units (list[ColumnUnit | None | str]):
    """

    columns: list[str]

    column_types: list[str | WorkspaceAnalyticsQueryResponseModelColumnTypesItemType0]

    rows: list[list[bool | datetime.datetime | float | int | None | str]]

    column_units: list[ColumnUnit | None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "columns",
        "column_types",
        "rows",
        "column_units",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        columns: Any
        try:
            columns = self.columns

        except (AttributeError, TypeError):
            columns = self.columns

        column_types: Any
        try:
            column_types = []
            for column_types_item_data in self.column_types:
                column_types_item: str
                if isinstance(column_types_item_data, str):
                    column_types_item = column_types_item_data
                else:
                    column_types_item = column_types_item_data

                column_types.append(column_types_item)

        except (AttributeError, TypeError):
            column_types = self.column_types

        rows: Any
        try:
            rows = []
            for rows_item_data in self.rows:
                rows_item = []
                for rows_item_item_data in rows_item_data:
                    rows_item_item: bool | float | int | None | str
                    if isinstance(rows_item_item_data, datetime.datetime):
                        rows_item_item = rows_item_item_data.isoformat()
                    else:
                        rows_item_item = rows_item_item_data

                    rows_item.append(rows_item_item)

                rows.append(rows_item)

        except (AttributeError, TypeError):
            rows = self.rows

        column_units: Any
        try:
            column_units = []
            for column_units_item_data in self.column_units:
                column_units_item: None | str
                if isinstance(column_units_item_data, str):
                    column_units_item = column_units_item_data
                else:
                    column_units_item = column_units_item_data

                column_units.append(column_units_item)

        except (AttributeError, TypeError):
            column_units = self.column_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if columns is not None or "columns" not in self._missing_fields:
            field_dict["columns"] = columns
        if column_types is not None or "column_types" not in self._missing_fields:
            field_dict["column_types"] = column_types
        if rows is not None or "rows" not in self._missing_fields:
            field_dict["rows"] = rows
        if column_units is not None or "column_units" not in self._missing_fields:
            field_dict["column_units"] = column_units
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_analytics_query_response_model = cls.__new__(cls)
        workspace_analytics_query_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workspace_analytics_query_response_model

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


_read_columns = plain_reader("columns", (list,), "an array", True, ((str,), "a string"))


def _read_column_types(cls: type[WorkspaceAnalyticsQueryResponseModel], d: Mapping[str, Any]) -> Any:
    column_types_raw = d.get("column_types", MISSING)
    if column_types_raw is MISSING:
        column_types = missing_field(cls, "column_types")
    else:
        try:
            expect_array("column_types", column_types_raw)
            column_types = []
            _column_types = column_types_raw
            for column_types_item_data in _column_types:
                column_types_item = column_types_item_data

                column_types.append(column_types_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            column_types = deviating_field(cls, "column_types", column_types_raw)

    return column_types


def _read_rows(cls: type[WorkspaceAnalyticsQueryResponseModel], d: Mapping[str, Any]) -> Any:
    rows_raw = d.get("rows", MISSING)
    if rows_raw is MISSING:
        rows = missing_field(cls, "rows")
    else:
        try:
            expect_array("rows", rows_raw)
            rows = []
            _rows = rows_raw
            for rows_item_data in _rows:
                rows_item = []
                _rows_item = rows_item_data
                for rows_item_item_data in _rows_item:

                    def _parse_rows_item_item(data: object) -> bool | datetime.datetime | float | int | None | str:
                        if data is None:
                            return data

                        try:
                            if not isinstance(data, str):
                                raise TypeError(f"got {type(data).__name__}")
                            rows_item_item_type_4 = datetime.datetime.fromisoformat(data)

                            return rows_item_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast("bool | datetime.datetime | float | int | None | str", data)

                    rows_item_item = _parse_rows_item_item(rows_item_item_data)

                    rows_item.append(rows_item_item)

                rows.append(rows_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            rows = deviating_field(cls, "rows", rows_raw)

    return rows


def _read_column_units(cls: type[WorkspaceAnalyticsQueryResponseModel], d: Mapping[str, Any]) -> Any:
    column_units_raw = d.get("column_units", MISSING)
    if column_units_raw is MISSING:
        column_units = missing_field(cls, "column_units")
    else:
        try:
            expect_array("column_units", column_units_raw)
            column_units = []
            _column_units = column_units_raw
            for column_units_item_data in _column_units:
                column_units_item = column_units_item_data

                column_units.append(column_units_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            column_units = deviating_field(cls, "column_units", column_units_raw)

    return column_units


_FIELDS: frozenset[str] = frozenset(
    (
        "columns",
        "column_types",
        "rows",
        "column_units",
    )
)


def _read_additional_properties(
    cls: type[WorkspaceAnalyticsQueryResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceAnalyticsQueryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    columns = d.get("columns", MISSING)
    if columns.__class__ is not list:
        columns = _read_columns(cls, d)
    elif columns.__class__ is list and columns:
        check_items(cls, "columns", columns, (str,), "a string")

    if "column_types" in known:
        column_types = known["column_types"]
    else:
        column_types = _read_column_types(cls, d)

    if "rows" in known:
        rows = known["rows"]
    else:
        rows = _read_rows(cls, d)

    if "column_units" in known:
        column_units = known["column_units"]
    else:
        column_units = _read_column_units(cls, d)

    return {
        "columns": columns,
        "column_types": column_types,
        "rows": rows,
        "column_units": column_units,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceAnalyticsQueryResponseModel,
    _all_fields,
    {
        "columns": _read_columns,
        "column_types": _read_column_types,
        "rows": _read_rows,
        "column_units": _read_column_units,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
