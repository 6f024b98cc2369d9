from typing import Literal

BodyTextToDialogueStreamWithTimestampsApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueStreamWithTimestampsApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_stream_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueStreamWithTimestampsApplyTextNormalization:
    if value in BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_DIALOGUE_STREAM_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
