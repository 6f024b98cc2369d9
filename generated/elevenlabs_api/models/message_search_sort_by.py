from typing import Literal

MessageSearchSortBy = Literal["created_at", "search_score"]

MESSAGE_SEARCH_SORT_BY_VALUES: set[MessageSearchSortBy] = {
    "created_at",
    "search_score",
}


def check_message_search_sort_by(value: str) -> MessageSearchSortBy:
    if value in MESSAGE_SEARCH_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_SEARCH_SORT_BY_VALUES!r}")
