from typing import Literal

StatusId = Literal[0, 1, 2, 99]

STATUS_ID_VALUES: set[StatusId] = {
    0,
    1,
    2,
    99,
}


def check_status_id(value: int) -> StatusId:
    if value in STATUS_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_ID_VALUES!r}")
