from typing import Literal

BytedanceSeedream5ProRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16", "auto"]

BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES: set[BytedanceSeedream5ProRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "auto",
}


def check_bytedance_seedream_5_pro_request_aspect_ratio(value: str) -> BytedanceSeedream5ProRequestAspectRatio:
    if value in BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BYTEDANCE_SEEDREAM_5_PRO_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
