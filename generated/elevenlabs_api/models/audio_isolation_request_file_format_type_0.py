from typing import Literal

AudioIsolationRequestFileFormatType0 = Literal["other", "pcm_s16le_16"]

AUDIO_ISOLATION_REQUEST_FILE_FORMAT_TYPE_0_VALUES: set[AudioIsolationRequestFileFormatType0] = {
    "other",
    "pcm_s16le_16",
}


def check_audio_isolation_request_file_format_type_0(value: str) -> AudioIsolationRequestFileFormatType0:
    if value in AUDIO_ISOLATION_REQUEST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_ISOLATION_REQUEST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
