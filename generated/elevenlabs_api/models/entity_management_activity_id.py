from typing import Literal

EntityManagementActivityId = Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 99]

ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES: set[EntityManagementActivityId] = {
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
    13,
    99,
}


def check_entity_management_activity_id(value: int) -> EntityManagementActivityId:
    if value in ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENTITY_MANAGEMENT_ACTIVITY_ID_VALUES!r}")
