from typing import Literal

BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle = Literal["combined", "separate"]

BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MULTICHANNEL_OUTPUT_STYLE_VALUES: set[
    BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle
] = {
    "combined",
    "separate",
}


def check_body_speech_to_text_v1_speech_to_text_post_multichannel_output_style(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostMultichannelOutputStyle:
    if value in BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MULTICHANNEL_OUTPUT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MULTICHANNEL_OUTPUT_STYLE_VALUES!r}"
    )
