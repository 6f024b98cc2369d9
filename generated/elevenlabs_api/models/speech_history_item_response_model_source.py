from typing import Literal

SpeechHistoryItemResponseModelSource = Literal[
    "AN", "ConvAI", "Dubbing", "PD", "PlayAPI", "Projects", "STS", "TTS", "VoiceGeneration"
]

SPEECH_HISTORY_ITEM_RESPONSE_MODEL_SOURCE_VALUES: set[SpeechHistoryItemResponseModelSource] = {
    "AN",
    "ConvAI",
    "Dubbing",
    "PD",
    "PlayAPI",
    "Projects",
    "STS",
    "TTS",
    "VoiceGeneration",
}


def check_speech_history_item_response_model_source(value: str) -> SpeechHistoryItemResponseModelSource:
    if value in SPEECH_HISTORY_ITEM_RESPONSE_MODEL_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEECH_HISTORY_ITEM_RESPONSE_MODEL_SOURCE_VALUES!r}")
