from typing import Literal

BodySpeechToTextV1SpeechToTextPostModelId = Literal["scribe_v1", "scribe_v2"]

BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MODEL_ID_VALUES: set[BodySpeechToTextV1SpeechToTextPostModelId] = {
    "scribe_v1",
    "scribe_v2",
}


def check_body_speech_to_text_v1_speech_to_text_post_model_id(value: str) -> BodySpeechToTextV1SpeechToTextPostModelId:
    if value in BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MODEL_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_MODEL_ID_VALUES!r}"
    )
