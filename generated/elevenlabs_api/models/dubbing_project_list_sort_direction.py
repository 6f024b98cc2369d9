from typing import Literal

DubbingProjectListSortDirection = Literal["ASCENDING", "DESCENDING"]

DUBBING_PROJECT_LIST_SORT_DIRECTION_VALUES: set[DubbingProjectListSortDirection] = {
    "ASCENDING",
    "DESCENDING",
}


def check_dubbing_project_list_sort_direction(value: str) -> DubbingProjectListSortDirection:
    if value in DUBBING_PROJECT_LIST_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_PROJECT_LIST_SORT_DIRECTION_VALUES!r}")
