from typing import Literal

BodyTextToSpeechStreamApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_SPEECH_STREAM_APPLY_TEXT_NORMALIZATION_VALUES: set[BodyTextToSpeechStreamApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_speech_stream_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechStreamApplyTextNormalization:
    if value in BODY_TEXT_TO_SPEECH_STREAM_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_SPEECH_STREAM_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
