from typing import Literal

Veo31FastRequestAspectRatio = Literal["16:9", "9:16"]

VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES: set[Veo31FastRequestAspectRatio] = {
    "16:9",
    "9:16",
}


def check_veo_31_fast_request_aspect_ratio(value: str) -> Veo31FastRequestAspectRatio:
    if value in VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_31_FAST_REQUEST_ASPECT_RATIO_VALUES!r}")
