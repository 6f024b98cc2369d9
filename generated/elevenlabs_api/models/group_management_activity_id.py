from typing import Literal

GroupManagementActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99]

GROUP_MANAGEMENT_ACTIVITY_ID_VALUES: set[GroupManagementActivityId] = {
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
    99,
}


def check_group_management_activity_id(value: int) -> GroupManagementActivityId:
    if value in GROUP_MANAGEMENT_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_MANAGEMENT_ACTIVITY_ID_VALUES!r}")
