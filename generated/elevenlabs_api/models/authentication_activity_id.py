from typing import Literal

AuthenticationActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 99]

AUTHENTICATION_ACTIVITY_ID_VALUES: set[AuthenticationActivityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    99,
}


def check_authentication_activity_id(value: int) -> AuthenticationActivityId:
    if value in AUTHENTICATION_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTHENTICATION_ACTIVITY_ID_VALUES!r}")
