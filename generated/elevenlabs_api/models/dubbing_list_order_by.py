from typing import Literal

DubbingListOrderBy = Literal["created_at", "name"]

DUBBING_LIST_ORDER_BY_VALUES: set[DubbingListOrderBy] = {
    "created_at",
    "name",
}


def check_dubbing_list_order_by(value: str) -> DubbingListOrderBy:
    if value in DUBBING_LIST_ORDER_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_ORDER_BY_VALUES!r}")
