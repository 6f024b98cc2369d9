from typing import Literal

DubbingListDubbingStatusesType0Item = Literal["dubbed", "dubbing", "failed", "preparing", "queued"]

DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES: set[DubbingListDubbingStatusesType0Item] = {
    "dubbed",
    "dubbing",
    "failed",
    "preparing",
    "queued",
}


def check_dubbing_list_dubbing_statuses_type_0_item(value: str) -> DubbingListDubbingStatusesType0Item:
    if value in DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_DUBBING_STATUSES_TYPE_0_ITEM_VALUES!r}")
