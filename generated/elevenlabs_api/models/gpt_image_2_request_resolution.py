from typing import Literal

GptImage2RequestResolution = Literal["1K", "2K", "4K"]

GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES: set[GptImage2RequestResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_gpt_image_2_request_resolution(value: str) -> GptImage2RequestResolution:
    if value in GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_2_REQUEST_RESOLUTION_VALUES!r}")
