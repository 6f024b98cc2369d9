from typing import Literal

BytedanceSeedance2RequestResolution = Literal["1080p", "480p", "4k", "720p"]

BYTEDANCE_SEEDANCE_2_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2RequestResolution] = {
    "1080p",
    "480p",
    "4k",
    "720p",
}


def check_bytedance_seedance_2_request_resolution(value: str) -> BytedanceSeedance2RequestResolution:
    if value in BYTEDANCE_SEEDANCE_2_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_REQUEST_RESOLUTION_VALUES!r}")
