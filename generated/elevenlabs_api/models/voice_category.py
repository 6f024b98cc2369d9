from typing import Literal

VoiceCategory = Literal["cloned", "famous", "generated", "premade", "professional"]

VOICE_CATEGORY_VALUES: set[VoiceCategory] = {
    "cloned",
    "famous",
    "generated",
    "premade",
    "professional",
}


def check_voice_category(value: str) -> VoiceCategory:
    if value in VOICE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_CATEGORY_VALUES!r}")
