from typing import Literal

ColumnFilterOperation = Literal["eq", "ge", "gt", "in", "le", "lt", "neq", "not_in"]

COLUMN_FILTER_OPERATION_VALUES: set[ColumnFilterOperation] = {
    "eq",
    "ge",
    "gt",
    "in",
    "le",
    "lt",
    "neq",
    "not_in",
}


def check_column_filter_operation(value: str) -> ColumnFilterOperation:
    if value in COLUMN_FILTER_OPERATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLUMN_FILTER_OPERATION_VALUES!r}")
