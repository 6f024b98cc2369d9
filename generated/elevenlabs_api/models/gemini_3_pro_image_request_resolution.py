from typing import Literal

Gemini3ProImageRequestResolution = Literal["1K", "2K", "4K"]

GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES: set[Gemini3ProImageRequestResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gemini_3_pro_image_request_resolution(value: str) -> Gemini3ProImageRequestResolution:
    if value in GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GEMINI_3_PRO_IMAGE_REQUEST_RESOLUTION_VALUES!r}")
