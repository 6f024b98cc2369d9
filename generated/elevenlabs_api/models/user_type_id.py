from typing import Literal

UserTypeId = Literal[0, 1, 2, 3, 4, 99]

USER_TYPE_ID_VALUES: set[UserTypeId] = {
    0,
    1,
    2,
    3,
    4,
    99,
}


def check_user_type_id(value: int) -> UserTypeId:
    if value in USER_TYPE_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_TYPE_ID_VALUES!r}")
