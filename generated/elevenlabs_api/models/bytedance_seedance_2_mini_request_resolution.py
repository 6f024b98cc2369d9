from typing import Literal

BytedanceSeedance2MiniRequestResolution = Literal["480p", "720p"]

BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedance2MiniRequestResolution] = {
    "480p",
    "720p",
}


def check_bytedance_seedance_2_mini_request_resolution(value: str) -> BytedanceSeedance2MiniRequestResolution:
    if value in BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDANCE_2_MINI_REQUEST_RESOLUTION_VALUES!r}"
    )
