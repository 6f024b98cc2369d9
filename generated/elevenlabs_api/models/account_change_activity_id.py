from typing import Literal

AccountChangeActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 99]

ACCOUNT_CHANGE_ACTIVITY_ID_VALUES: set[AccountChangeActivityId] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
    12,
    99,
}


def check_account_change_activity_id(value: int) -> AccountChangeActivityId:
    if value in ACCOUNT_CHANGE_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_CHANGE_ACTIVITY_ID_VALUES!r}")
