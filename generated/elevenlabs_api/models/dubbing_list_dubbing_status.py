from typing import Literal

DubbingListDubbingStatus = Literal["dubbed", "dubbing", "failed"]

DUBBING_LIST_DUBBING_STATUS_VALUES: set[DubbingListDubbingStatus] = {
    "dubbed",
    "dubbing",
    "failed",
}


def check_dubbing_list_dubbing_status(value: str) -> DubbingListDubbingStatus:
    if value in DUBBING_LIST_DUBBING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_DUBBING_STATUS_VALUES!r}")
