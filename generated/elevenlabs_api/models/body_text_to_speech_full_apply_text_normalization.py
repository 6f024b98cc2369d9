from typing import Literal

BodyTextToSpeechFullApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_SPEECH_FULL_APPLY_TEXT_NORMALIZATION_VALUES: set[BodyTextToSpeechFullApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_speech_full_apply_text_normalization(value: str) -> BodyTextToSpeechFullApplyTextNormalization:
    if value in BODY_TEXT_TO_SPEECH_FULL_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_SPEECH_FULL_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
