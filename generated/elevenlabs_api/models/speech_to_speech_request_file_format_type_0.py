from typing import Literal

SpeechToSpeechRequestFileFormatType0 = Literal["other", "pcm_s16le_16"]

SPEECH_TO_SPEECH_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[SpeechToSpeechRequestFileFormatType0] = {
    "other",
    "pcm_s16le_16",
}


def check_speech_to_speech_request_file_format_type_0(value: str) -> SpeechToSpeechRequestFileFormatType0:
    if value in SPEECH_TO_SPEECH_REQUEST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_TO_SPEECH_REQUEST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
