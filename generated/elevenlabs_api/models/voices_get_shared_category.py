from typing import Literal

VoicesGetSharedCategory = Literal["famous", "high_quality", "professional"]

VOICES_GET_SHARED_CATEGORY_VALUES: set[VoicesGetSharedCategory] = {
    "famous",
    "high_quality",
    "professional",
}


def check_voices_get_shared_category(value: str) -> VoicesGetSharedCategory:
    if value in VOICES_GET_SHARED_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICES_GET_SHARED_CATEGORY_VALUES!r}")
