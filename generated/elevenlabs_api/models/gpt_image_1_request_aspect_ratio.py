from typing import Literal

GptImage1RequestAspectRatio = Literal["1:1", "2:3", "3:2"]

GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES: set[GptImage1RequestAspectRatio] = {
    "1:1",
    "2:3",
    "3:2",
}


def check_gpt_image_1_request_aspect_ratio(value: str) -> GptImage1RequestAspectRatio:
    if value in GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_1_REQUEST_ASPECT_RATIO_VALUES!r}")
