from typing import Literal

DubbingTranscriptGetFormatType = Literal["json", "srt", "webvtt"]

DUBBING_TRANSCRIPT_GET_FORMAT_TYPE_VALUES: set[DubbingTranscriptGetFormatType] = {
    "json",
    "srt",
    "webvtt",
}


def check_dubbing_transcript_get_format_type(value: str) -> DubbingTranscriptGetFormatType:
    if value in DUBBING_TRANSCRIPT_GET_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_TRANSCRIPT_GET_FORMAT_TYPE_VALUES!r}")
