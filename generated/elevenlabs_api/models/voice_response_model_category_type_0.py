from typing import Literal

VoiceResponseModelCategoryType0 = Literal["cloned", "famous", "generated", "high_quality", "premade", "professional"]

VOICE_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES: set[VoiceResponseModelCategoryType0] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_voice_response_model_category_type_0(value: str) -> VoiceResponseModelCategoryType0:
    if value in VOICE_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES!r}")
