from typing import Literal

CreatifyAuroraRequestResolution = Literal["480p", "720p"]

CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES: set[CreatifyAuroraRequestResolution] = {
    "480p",
    "720p",
}


def check_creatify_aurora_request_resolution(value: str) -> CreatifyAuroraRequestResolution:
    if value in CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATIFY_AURORA_REQUEST_RESOLUTION_VALUES!r}")
