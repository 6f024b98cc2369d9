from typing import Literal

UserAccessManagementActivityId = Literal[0, 1, 2, 99]

USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES: set[UserAccessManagementActivityId] = {
    0,
    1,
    2,
    99,
}


def check_user_access_management_activity_id(value: int) -> UserAccessManagementActivityId:
    if value in USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ACCESS_MANAGEMENT_ACTIVITY_ID_VALUES!r}")
