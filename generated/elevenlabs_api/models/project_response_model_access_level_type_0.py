from typing import Literal

ProjectResponseModelAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectResponseModelAccessLevelType0] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_response_model_access_level_type_0(value: str) -> ProjectResponseModelAccessLevelType0:
    if value in PROJECT_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES!r}"
    )
