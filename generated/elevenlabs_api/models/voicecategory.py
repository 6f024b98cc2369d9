from typing import Literal

VOICECATEGORY = Literal["cloned", "famous", "generated", "premade", "professional"]

VOICECATEGORY_VALUES: set[VOICECATEGORY] = {
    "cloned",
    "famous",
    "generated",
    "premade",
    "professional",
}


def check_voicecategory(value: str) -> VOICECATEGORY:
    if value in VOICECATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICECATEGORY_VALUES!r}")
