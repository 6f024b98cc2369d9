from typing import Literal

GptImage15RequestBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_15_REQUEST_BACKGROUND_VALUES: set[GptImage15RequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_15_request_background(value: str) -> GptImage15RequestBackground:
    if value in GPT_IMAGE_15_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_15_REQUEST_BACKGROUND_VALUES!r}")
