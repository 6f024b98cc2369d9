from typing import Literal

BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization = Literal["auto", "off", "on"]

BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_STREAMING_V1_TEXT_TO_DIALOGUE_STREAM_POST_APPLY_TEXT_NORMALIZATION_VALUES: set[
    BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization
] = {
    "auto",
    "off",
    "on",
}


def check_body_text_to_dialogue_multi_voice_streaming_v1_text_to_dialogue_stream_post_apply_text_normalization(
    value: str,
) -> BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization:
    if (
        value
        in BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_STREAMING_V1_TEXT_TO_DIALOGUE_STREAM_POST_APPLY_TEXT_NORMALIZATION_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_TEXT_TO_DIALOGUE_MULTI_VOICE_STREAMING_V1_TEXT_TO_DIALOGUE_STREAM_POST_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
