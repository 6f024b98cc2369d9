from typing import Literal

BytedanceSeedance25RequestResolution = Literal["1080p", "480p", "720p"]

BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance25RequestResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_bytedance_seedance_25_request_resolution(value: str) -> BytedanceSeedance25RequestResolution:
    if value in BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_25_REQUEST_RESOLUTION_VALUES!r}")
