from typing import Literal

GPTImage15RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_15_REQUEST_QUALITY_VALUES: set[GPTImage15RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_15_request_quality(value: str) -> GPTImage15RequestQuality:
    if value in GPT_IMAGE_15_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_REQUEST_QUALITY_VALUES!r}")
