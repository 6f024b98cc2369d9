from typing import Literal

BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0 = Literal["other", "pcm_s16le_16"]

BODY_SPEECH_TO_SPEECH_V1_SPEECH_TO_SPEECH_VOICE_ID_POST_FILE_FORMAT_TYPE_0_VALUES: set[
    BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0
] = {
    "other",
    "pcm_s16le_16",
}


def check_body_speech_to_speech_v1_speech_to_speech_voice_id_post_file_format_type_0(
    value: str,
) -> BodySpeechToSpeechV1SpeechToSpeechVoiceIdPostFileFormatType0:
    if value in BODY_SPEECH_TO_SPEECH_V1_SPEECH_TO_SPEECH_VOICE_ID_POST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SPEECH_TO_SPEECH_V1_SPEECH_TO_SPEECH_VOICE_ID_POST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
