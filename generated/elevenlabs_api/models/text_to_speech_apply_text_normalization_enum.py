from typing import Literal

TextToSpeechApplyTextNormalizationEnum = Literal["auto", "off", "on"]

TEXT_TO_SPEECH_APPLY_TEXT_NORMALIZATION_ENUM_VALUES: set[TextToSpeechApplyTextNormalizationEnum] = {
    "auto",
    "off",
    "on",
}


def check_text_to_speech_apply_text_normalization_enum(value: str) -> TextToSpeechApplyTextNormalizationEnum:
    if value in TEXT_TO_SPEECH_APPLY_TEXT_NORMALIZATION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_SPEECH_APPLY_TEXT_NORMALIZATION_ENUM_VALUES!r}"
    )
