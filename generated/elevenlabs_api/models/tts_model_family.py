from typing import Literal

TtsModelFamily = Literal["flash", "multilingual", "turbo", "v3_conversational"]

TTS_MODEL_FAMILY_VALUES: set[TtsModelFamily] = {
    "flash",
    "multilingual",
    "turbo",
    "v3_conversational",
}


def check_tts_model_family(value: str) -> TtsModelFamily:
    if value in TTS_MODEL_FAMILY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TTS_MODEL_FAMILY_VALUES!r}")
