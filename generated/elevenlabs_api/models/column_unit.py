from typing import Literal

ColumnUnit = Literal["credits", "duration", "eur", "inr", "min", "ms", "pln", "rating", "ratio", "s", "usd"]

COLUMN_UNIT_VALUES: set[ColumnUnit] = {
    "credits",
    "duration",
    "eur",
    "inr",
    "min",
    "ms",
    "pln",
    "rating",
    "ratio",
    "s",
    "usd",
}


def check_column_unit(value: str) -> ColumnUnit:
    if value in COLUMN_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLUMN_UNIT_VALUES!r}")
