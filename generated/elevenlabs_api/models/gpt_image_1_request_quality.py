from typing import Literal

GptImage1RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_1_REQUEST_QUALITY_VALUES: set[GptImage1RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_1_request_quality(value: str) -> GptImage1RequestQuality:
    if value in GPT_IMAGE_1_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_REQUEST_QUALITY_VALUES!r}")
