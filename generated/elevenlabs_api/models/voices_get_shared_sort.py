from typing import Literal

VoicesGetSharedSort = Literal["cloned_by_count", "created_date", "trending", "usage_character_count_1y"]

VOICES_GET_SHARED_SORT_VALUES: set[VoicesGetSharedSort] = {
    "cloned_by_count",
    "created_date",
    "trending",
    "usage_character_count_1y",
}


def check_voices_get_shared_sort(value: str) -> VoicesGetSharedSort:
    if value in VOICES_GET_SHARED_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICES_GET_SHARED_SORT_VALUES!r}")
