from typing import Literal

GptImage2RequestQuality = Literal["high", "low", "medium"]

GPT_IMAGE_2_REQUEST_QUALITY_VALUES: set[GptImage2RequestQuality] = {
    "high",
    "low",
    "medium",
}


def check_gpt_image_2_request_quality(value: str) -> GptImage2RequestQuality:
    if value in GPT_IMAGE_2_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_2_REQUEST_QUALITY_VALUES!r}")
