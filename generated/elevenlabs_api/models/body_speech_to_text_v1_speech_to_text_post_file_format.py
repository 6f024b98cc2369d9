from typing import Literal

BodySpeechToTextV1SpeechToTextPostFileFormat = Literal["other", "pcm_s16le_16"]

BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_FILE_FORMAT_VALUES: set[BodySpeechToTextV1SpeechToTextPostFileFormat] = {
    "other",
    "pcm_s16le_16",
}


def check_body_speech_to_text_v1_speech_to_text_post_file_format(
    value: str,
) -> BodySpeechToTextV1SpeechToTextPostFileFormat:
    if value in BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_FILE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SPEECH_TO_TEXT_V1_SPEECH_TO_TEXT_POST_FILE_FORMAT_VALUES!r}"
    )
