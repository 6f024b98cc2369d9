from typing import Literal

BytedanceSeedream5ProRequestResolution = Literal["1K", "2K"]

BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES: set[BytedanceSeedream5ProRequestResolution] = {
    "1K",
    "2K",
}


def check_bytedance_seedream_5_pro_request_resolution(value: str) -> BytedanceSeedream5ProRequestResolution:
    if value in BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_5_PRO_REQUEST_RESOLUTION_VALUES!r}"
    )
