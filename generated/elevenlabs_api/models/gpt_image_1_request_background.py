from typing import Literal

GptImage1RequestBackground = Literal["auto", "opaque", "transparent"]

GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES: set[GptImage1RequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_gpt_image_1_request_background(value: str) -> GptImage1RequestBackground:
    if value in GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_REQUEST_BACKGROUND_VALUES!r}")
