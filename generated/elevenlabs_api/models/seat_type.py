from typing import Literal

SeatType = Literal["workspace_admin", "workspace_lite_member", "workspace_member"]

SEAT_TYPE_VALUES: set[SeatType] = {
    "workspace_admin",
    "workspace_lite_member",
    "workspace_member",
}


def check_seat_type(value: str) -> SeatType:
    if value in SEAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEAT_TYPE_VALUES!r}")
