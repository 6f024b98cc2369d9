from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ColumnFilterOperation, check_column_filter_operation
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ColumnFilter")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ColumnFilter(Lazy):
    """Attributes:
    column (str):
    operation (ColumnFilterOperation):
    values (list[bool | datetime.datetime | float | int | None | str]):
    """

    column: str

    operation: ColumnFilterOperation

    values: list[bool | datetime.datetime | float | int | None | str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "column",
        "operation",
        "values",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        column = self.column

        operation: Any
        try:
            operation = self.operation
        except (AttributeError, TypeError):
            operation = self.operation

        values: Any
        try:
            values = []
            for values_item_data in self.values:
                values_item: bool | float | int | None | str
                if isinstance(values_item_data, datetime.datetime):
                    values_item = values_item_data.isoformat()
                else:
                    values_item = values_item_data

                values.append(values_item)

        except (AttributeError, TypeError):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if column is not None or "column" not in self._missing_fields:
            field_dict["column"] = column
        if operation is not None or "operation" not in self._missing_fields:
            field_dict["operation"] = operation
        if values is not None or "values" not in self._missing_fields:
            field_dict["values"] = values
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        column_filter = cls.__new__(cls)
        column_filter.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return column_filter

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


_read_column = plain_reader("column", (str,), "a string", True)


def _read_operation(cls: type[ColumnFilter], d: Mapping[str, Any]) -> Any:
    operation_raw = d.get("operation", MISSING)
    if operation_raw is MISSING:
        operation = missing_field(cls, "operation")
    else:
        try:
            operation = check_column_filter_operation(operation_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            operation = deviating_field(cls, "operation", operation_raw)

    return operation


def _read_values(cls: type[ColumnFilter], d: Mapping[str, Any]) -> Any:
    values_raw = d.get("values", MISSING)
    if values_raw is MISSING:
        values = missing_field(cls, "values")
    else:
        try:
            expect_array("values", values_raw)
            values = []
            _values = values_raw
            for values_item_data in _values:

                def _parse_values_item(data: object) -> bool | datetime.datetime | float | int | None | str:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError(f"got {type(data).__name__}")
                        values_item_type_3 = datetime.datetime.fromisoformat(data)

                        return values_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("bool | datetime.datetime | float | int | None | str", data)

                values_item = _parse_values_item(values_item_data)

                values.append(values_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            values = deviating_field(cls, "values", values_raw)

    return values


_FIELDS: frozenset[str] = frozenset(
    (
        "column",
        "operation",
        "values",
    )
)


def _read_additional_properties(cls: type[ColumnFilter], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ColumnFilter], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    column = d.get("column", MISSING)
    if column.__class__ is not str:
        column = _read_column(cls, d)

    if "operation" in known:
        operation = known["operation"]
    else:
        operation = _read_operation(cls, d)

    if "values" in known:
        values = known["values"]
    else:
        values = _read_values(cls, d)

    return {
        "column": column,
        "operation": operation,
        "values": values,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ColumnFilter,
    _all_fields,
    {
        "column": _read_column,
        "operation": _read_operation,
        "values": _read_values,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
