from typing import Literal

VoiceSharingResponseCategoryType0 = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]

VOICE_SHARING_RESPONSE_CATEGORY_TYPE_0_VALUES: set[VoiceSharingResponseCategoryType0] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_voice_sharing_response_category_type_0(value: str) -> VoiceSharingResponseCategoryType0:
    if value in VOICE_SHARING_RESPONSE_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_SHARING_RESPONSE_CATEGORY_TYPE_0_VALUES!r}")
