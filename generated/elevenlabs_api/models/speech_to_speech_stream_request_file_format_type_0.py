from typing import Literal

SpeechToSpeechStreamRequestFileFormatType0 = Literal["other", "pcm_s16le_16"]

SPEECH_TO_SPEECH_STREAM_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[SpeechToSpeechStreamRequestFileFormatType0] = {
    "other",
    "pcm_s16le_16",
}


def check_speech_to_speech_stream_request_file_format_type_0(value: str) -> SpeechToSpeechStreamRequestFileFormatType0:
    if value in SPEECH_TO_SPEECH_STREAM_REQUEST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_TO_SPEECH_STREAM_REQUEST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
