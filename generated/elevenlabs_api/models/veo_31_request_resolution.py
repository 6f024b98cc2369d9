from typing import Literal

Veo31RequestResolution = Literal["1080p", "4K", "720p"]

VEO_31_REQUEST_RESOLUTION_VALUES: set[Veo31RequestResolution] = {
    "1080p",
    "4K",
    "720p",
}


def check_veo_31_request_resolution(value: str) -> Veo31RequestResolution:
    if value in VEO_31_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_RESOLUTION_VALUES!r}")
