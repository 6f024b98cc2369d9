from typing import Literal

SpeechHistoryItemResponseModelVoiceCategory = Literal["cloned", "generated", "premade", "professional"]

SPEECH_HISTORY_ITEM_RESPONSE_MODEL_VOICE_CATEGORY_VALUES: set[SpeechHistoryItemResponseModelVoiceCategory] = {
    "cloned",
    "generated",
    "premade",
    "professional",
}


def check_speech_history_item_response_model_voice_category(value: str) -> SpeechHistoryItemResponseModelVoiceCategory:
    if value in SPEECH_HISTORY_ITEM_RESPONSE_MODEL_VOICE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_HISTORY_ITEM_RESPONSE_MODEL_VOICE_CATEGORY_VALUES!r}"
    )
