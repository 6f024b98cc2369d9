from typing import Literal

AudioAnalysisStatusType0 = Literal["completed", "failed", "processing"]

AUDIO_ANALYSIS_STATUS_TYPE_0_VALUES: set[AudioAnalysisStatusType0] = {
    "completed",
    "failed",
    "processing",
}


def check_audio_analysis_status_type_0(value: str) -> AudioAnalysisStatusType0:
    if value in AUDIO_ANALYSIS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_ANALYSIS_STATUS_TYPE_0_VALUES!r}")
