from typing import Literal

DefaultSharingGroupResponseModelPermissionLevelType0 = Literal["admin", "editor", "viewer"]

DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_TYPE_0_VALUES: set[
    DefaultSharingGroupResponseModelPermissionLevelType0
] = {
    "admin",
    "editor",
    "viewer",
}


def check_default_sharing_group_response_model_permission_level_type_0(
    value: str,
) -> DefaultSharingGroupResponseModelPermissionLevelType0:
    if value in DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULT_SHARING_GROUP_RESPONSE_MODEL_PERMISSION_LEVEL_TYPE_0_VALUES!r}"
    )
