from typing import Literal

BytedanceSeedream5LiteRequestResolution = Literal["2K", "3K"]

BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5LiteRequestResolution] = {
    "2K",
    "3K",
}


def check_bytedance_seedream_5_lite_request_resolution(value: str) -> BytedanceSeedream5LiteRequestResolution:
    if value in BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_5_LITE_REQUEST_RESOLUTION_VALUES!r}"
    )
