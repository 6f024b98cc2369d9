from typing import Literal

GptImage15RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_15_REQUEST_QUALITY_VALUES: set[GptImage15RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_15_request_quality(value: str) -> GptImage15RequestQuality:
    if value in GPT_IMAGE_15_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_REQUEST_QUALITY_VALUES!r}")
