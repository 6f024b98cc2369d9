from typing import Literal

DefaultSharingGroupConfigPermissionLevel = Literal["admin", "editor", "viewer"]

DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES: set[DefaultSharingGroupConfigPermissionLevel] = {
    "admin",
    "editor",
    "viewer",
}


def check_default_sharing_group_config_permission_level(value: str) -> DefaultSharingGroupConfigPermissionLevel:
    if value in DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULT_SHARING_GROUP_CONFIG_PERMISSION_LEVEL_VALUES!r}"
    )
