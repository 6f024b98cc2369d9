from typing import Literal

TopicSortBy = Literal["conversations", "frustration", "sentiment", "success_rate"]

TOPIC_SORT_BY_VALUES: set[TopicSortBy] = {
    "conversations",
    "frustration",
    "sentiment",
    "success_rate",
}


def check_topic_sort_by(value: str) -> TopicSortBy:
    if value in TOPIC_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOPIC_SORT_BY_VALUES!r}")
