from typing import Literal

PlatformCategory = Literal["asr", "burst", "other", "reception", "silence", "text_message", "voice"]

PLATFORM_CATEGORY_VALUES: set[PlatformCategory] = {
    "asr",
    "burst",
    "other",
    "reception",
    "silence",
    "text_message",
    "voice",
}


def check_platform_category(value: str) -> PlatformCategory:
    if value in PLATFORM_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLATFORM_CATEGORY_VALUES!r}")
