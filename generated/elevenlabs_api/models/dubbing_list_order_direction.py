from typing import Literal

DubbingListOrderDirection = Literal["ASCENDING", "DESCENDING"]

DUBBING_LIST_ORDER_DIRECTION_VALUES: set[DubbingListOrderDirection] = {
    "ASCENDING",
    "DESCENDING",
}


def check_dubbing_list_order_direction(value: str) -> DubbingListOrderDirection:
    if value in DUBBING_LIST_ORDER_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_ORDER_DIRECTION_VALUES!r}")
