from typing import Literal

BodyTextToSpeechFullWithTimestampsApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_SPEECH_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToSpeechFullWithTimestampsApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_speech_full_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToSpeechFullWithTimestampsApplyTextNormalization:
    if value in BODY_TEXT_TO_SPEECH_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_SPEECH_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
