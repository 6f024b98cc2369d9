from typing import Literal

VoiceCategoryType0 = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]

VOICE_CATEGORY_TYPE_0_VALUES: set[VoiceCategoryType0] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_voice_category_type_0(value: str) -> VoiceCategoryType0:
    if value in VOICE_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_CATEGORY_TYPE_0_VALUES!r}")
