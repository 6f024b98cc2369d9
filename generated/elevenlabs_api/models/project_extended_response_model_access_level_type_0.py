from typing import Literal

ProjectExtendedResponseModelAccessLevelType0 = Literal["admin", "commenter", "editor", "viewer"]

PROJECT_EXTENDED_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES: set[ProjectExtendedResponseModelAccessLevelType0] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_project_extended_response_model_access_level_type_0(
    value: str,
) -> ProjectExtendedResponseModelAccessLevelType0:
    if value in PROJECT_EXTENDED_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_MODEL_ACCESS_LEVEL_TYPE_0_VALUES!r}"
    )
