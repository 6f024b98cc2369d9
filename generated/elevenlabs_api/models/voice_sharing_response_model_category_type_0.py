from typing import Literal

VoiceSharingResponseModelCategoryType0 = Literal[
    "cloned", "famous", "generated", "high_quality", "premade", "professional"
]

VOICE_SHARING_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES: set[VoiceSharingResponseModelCategoryType0] = {
    "cloned",
    "famous",
    "generated",
    "high_quality",
    "premade",
    "professional",
}


def check_voice_sharing_response_model_category_type_0(value: str) -> VoiceSharingResponseModelCategoryType0:
    if value in VOICE_SHARING_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_SHARING_RESPONSE_MODEL_CATEGORY_TYPE_0_VALUES!r}"
    )
