from typing import Literal

DubbingTranscriptsResponseModelTranscriptFormatType0 = Literal["json", "srt", "webvtt"]

DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_TYPE_0_VALUES: set[
    DubbingTranscriptsResponseModelTranscriptFormatType0
] = {
    "json",
    "srt",
    "webvtt",
}


def check_dubbing_transcripts_response_model_transcript_format_type_0(
    value: str,
) -> DubbingTranscriptsResponseModelTranscriptFormatType0:
    if value in DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DUBBING_TRANSCRIPTS_RESPONSE_MODEL_TRANSCRIPT_FORMAT_TYPE_0_VALUES!r}"
    )
