from typing import Literal

TtsConversationalModel = Literal[
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_v3_conversational",
]

TTS_CONVERSATIONAL_MODEL_VALUES: set[TtsConversationalModel] = {
    "eleven_flash_v2",
    "eleven_flash_v2_5",
    "eleven_multilingual_v2",
    "eleven_turbo_v2",
    "eleven_turbo_v2_5",
    "eleven_v3_conversational",
}


def check_tts_conversational_model(value: str) -> TtsConversationalModel:
    if value in TTS_CONVERSATIONAL_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TTS_CONVERSATIONAL_MODEL_VALUES!r}")
