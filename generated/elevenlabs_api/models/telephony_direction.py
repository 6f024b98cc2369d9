from typing import Literal

TelephonyDirection = Literal["inbound", "outbound"]

TELEPHONY_DIRECTION_VALUES: set[TelephonyDirection] = {
    "inbound",
    "outbound",
}


def check_telephony_direction(value: str) -> TelephonyDirection:
    if value in TELEPHONY_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TELEPHONY_DIRECTION_VALUES!r}")
