from typing import Literal

DubbingListFilterByCreator = Literal["all", "others", "personal"]

DUBBING_LIST_FILTER_BY_CREATOR_VALUES: set[DubbingListFilterByCreator] = {
    "all",
    "others",
    "personal",
}


def check_dubbing_list_filter_by_creator(value: str) -> DubbingListFilterByCreator:
    if value in DUBBING_LIST_FILTER_BY_CREATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_LIST_FILTER_BY_CREATOR_VALUES!r}")
