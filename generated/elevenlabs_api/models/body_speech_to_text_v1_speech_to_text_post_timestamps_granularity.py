from typing import Literal

BodySpeechToTextV1SpeechToTextPostTimestampsGranularity = Literal["character", "none", "word"]

BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_TIMESTAMPS_GRANULARITY_VALUES: set[
    BodySpeechToTextV1SpeechToTextPostTimestampsGranularity
] = {
    "character",
    "none",
    "word",
}


def check_body_speech_to_text_v1_speech_to_text_post_timestamps_granularity(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostTimestampsGranularity:
    if value in BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_TIMESTAMPS_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_TIMESTAMPS_GRANULARITY_VALUES!r}"
    )
