from typing import Literal

SearchStrategy = Literal["cat", "keyword", "ls", "semantic"]

SEARCH_STRATEGY_VALUES: set[SearchStrategy] = {
    "cat",
    "keyword",
    "ls",
    "semantic",
}


def check_search_strategy(value: str) -> SearchStrategy:
    if value in SEARCH_STRATEGY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_STRATEGY_VALUES!r}")
