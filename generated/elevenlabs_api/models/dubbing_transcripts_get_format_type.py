from typing import Literal

DubbingTranscriptsGetFormatType = Literal["json", "srt", "webvtt"]

DUBBING_TRANSCRIPTS_GET_FORMAT_TYPE_VALUES: set[DubbingTranscriptsGetFormatType] = {
    "json",
    "srt",
    "webvtt",
}


def check_dubbing_transcripts_get_format_type(value: str) -> DubbingTranscriptsGetFormatType:
    if value in DUBBING_TRANSCRIPTS_GET_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DUBBING_TRANSCRIPTS_GET_FORMAT_TYPE_VALUES!r}")
