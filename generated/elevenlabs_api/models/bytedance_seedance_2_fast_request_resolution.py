from typing import Literal

BytedanceSeedance2FastRequestResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2FastRequestResolution] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_2_fast_request_resolution(value: str) -> BytedanceSeedance2FastRequestResolution:
    if value in BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_FAST_REQUEST_RESOLUTION_VALUES!r}"
    )
