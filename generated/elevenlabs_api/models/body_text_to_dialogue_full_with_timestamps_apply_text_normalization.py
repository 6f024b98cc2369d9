from typing import Literal

BodyTextToDialogueFullWithTimestampsApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueFullWithTimestampsApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_full_with_timestamps_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueFullWithTimestampsApplyTextNormalization:
    if value in BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_DIALOGUE_FULL_WITH_TIMESTAMPS_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
