from typing import Literal

ProjectExtendedResponseAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_EXTENDED_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectExtendedResponseAccessLevelType0] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_extended_response_access_level_type_0(value: str) -> ProjectExtendedResponseAccessLevelType0:
    if value in PROJECT_EXTENDED_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES!r}"
    )
