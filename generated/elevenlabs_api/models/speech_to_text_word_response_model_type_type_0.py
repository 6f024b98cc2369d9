from typing import Literal

SpeechToTextWordResponseModelTypeType0 = Literal["audio_event", "spacing", "word"]

SPEECH_TO_TEXT_WORD_RESPONSE_MODEL_TYPE_TYPE_0_VALUES: set[SpeechToTextWordResponseModelTypeType0] = {
    "audio_event",
    "spacing",
    "word",
}


def check_speech_to_text_word_response_model_type_type_0(value: str) -> SpeechToTextWordResponseModelTypeType0:
    if value in SPEECH_TO_TEXT_WORD_RESPONSE_MODEL_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_TO_TEXT_WORD_RESPONSE_MODEL_TYPE_TYPE_0_VALUES!r}"
    )
