from typing import Literal

VoiceCategoryModel = Literal["cloned", "famous", "generated", "premade", "professional"]

VOICE_CATEGORY_MODEL_VALUES: set[VoiceCategoryModel] = {
    "cloned",
    "famous",
    "generated",
    "premade",
    "professional",
}


def check_voice_category_model(value: str) -> VoiceCategoryModel:
    if value in VOICE_CATEGORY_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_CATEGORY_MODEL_VALUES!r}")
