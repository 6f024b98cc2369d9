from typing import Literal

GptImage2RequestAspectRatio = Literal[
    "16:9", "1:1", "1:2", "1:3", "21:9", "2:1", "2:3", "3:1", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "auto"
]

GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES: set[GptImage2RequestAspectRatio] = {
    "16:9",
    "1:1",
    "1:2",
    "1:3",
    "21:9",
    "2:1",
    "2:3",
    "3:1",
    "3:2",
    "3:4",
    "4:3",
    "4:5",
    "5:4",
    "9:16",
    "auto",
}


def check_gpt_image_2_request_aspect_ratio(value: str) -> GptImage2RequestAspectRatio:
    if value in GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GPT_IMAGE_2_REQUEST_ASPECT_RATIO_VALUES!r}")
