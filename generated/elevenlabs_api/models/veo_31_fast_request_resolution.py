from typing import Literal

Veo31FastRequestResolution = Literal["1080p", "4K", "720p"]

VEO_31_FAST_REQUEST_RESOLUTION_VALUES: set[Veo31FastRequestResolution] = {
    "1080p",
    "4K",
    "720p",
}


def check_veo_31_fast_request_resolution(value: str) -> Veo31FastRequestResolution:
    if value in VEO_31_FAST_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_REQUEST_RESOLUTION_VALUES!r}")
