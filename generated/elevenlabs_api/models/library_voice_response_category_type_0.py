from typing import Literal

LibraryVoiceResponseCategoryType0 = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]

LIBRARY_VOICE_RESPONSE_CATEGORY_TYPE_0_VALUES: set[LibraryVoiceResponseCategoryType0] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_library_voice_response_category_type_0(value: str) -> LibraryVoiceResponseCategoryType0:
    if value in LIBRARY_VOICE_RESPONSE_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIBRARY_VOICE_RESPONSE_CATEGORY_TYPE_0_VALUES!r}")
