from typing import Literal

Veo31RequestDurationSecs = Literal[4, 6, 8]

VEO_31_REQUEST_DURATION_SECS_VALUES: set[Veo31RequestDurationSecs] = {
    4,
    6,
    8,
}


def check_veo_31_request_duration_secs(value: int) -> Veo31RequestDurationSecs:
    if value in VEO_31_REQUEST_DURATION_SECS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VEO_31_REQUEST_DURATION_SECS_VALUES!r}")
