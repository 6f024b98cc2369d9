from typing import Literal

Veo31RequestAspectRatio = Literal["16:9", "9:16"]

VEO_31_REQUEST_ASPECT_RATIO_VALUES: set[Veo31RequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_request_aspect_ratio(value: str) -> Veo31RequestAspectRatio:
    if value in VEO_31_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_ASPECT_RATIO_VALUES!r}")
