from typing import Literal

ImageAnalysisStatusType0 = Literal["completed", "failed", "processing"]

IMAGE_ANALYSIS_STATUS_TYPE_0_VALUES: set[ImageAnalysisStatusType0] = {
    "completed",
    "failed",
    "processing",
}


def check_image_analysis_status_type_0(value: str) -> ImageAnalysisStatusType0:
    if value in IMAGE_ANALYSIS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_ANALYSIS_STATUS_TYPE_0_VALUES!r}")
