from typing import Literal

ProjectResponseAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectResponseAccessLevelType0] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_response_access_level_type_0(value: str) -> ProjectResponseAccessLevelType0:
    if value in PROJECT_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_ACCESS_LEVEL_TYPE_0_VALUES!r}")
