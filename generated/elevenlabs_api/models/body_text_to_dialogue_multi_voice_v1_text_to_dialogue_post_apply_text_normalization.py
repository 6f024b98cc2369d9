from typing import Literal

BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_V1_TEXT_TO_DIALOGUE_POST_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_multi_voice_v1_text_to_dialogue_post_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueMultiVoiceV1TextToDialoguePostApplyTextNormalization:
    if value in BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_V1_TEXT_TO_DIALOGUE_POST_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_V1_TEXT_TO_DIALOGUE_POST_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
