from typing import Literal

VideoAnalysisStatusType0 = Literal["completed", "failed", "processing"]

VIDEO_ANALYSIS_STATUS_TYPE_0_VALUES: set[VideoAnalysisStatusType0] = {
    "completed",
    "failed",
    "processing",
}


def check_video_analysis_status_type_0(value: str) -> VideoAnalysisStatusType0:
    if value in VIDEO_ANALYSIS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_ANALYSIS_STATUS_TYPE_0_VALUES!r}")
