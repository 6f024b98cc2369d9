from typing import Literal

BytedanceSeedance2RequestAspectRatio = Literal["16:9", "1:1", "21:9", "3:4", "4:3", "9:16", "auto"]

BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedance2RequestAspectRatio] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedance_2_request_aspect_ratio(value: str) -> BytedanceSeedance2RequestAspectRatio:
    if value in BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_REQUEST_ASPECT_RATIO_VALUES!r}")
