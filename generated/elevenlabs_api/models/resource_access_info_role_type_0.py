from typing import Literal

ResourceAccessInfoRoleType0 = Literal["admin", "commenter", "editor", "viewer"]

RESOURCE_ACCESS_INFO_ROLE_TYPE_0_VALUES: set[ResourceAccessInfoRoleType0] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_resource_access_info_role_type_0(value: str) -> ResourceAccessInfoRoleType0:
    if value in RESOURCE_ACCESS_INFO_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_ACCESS_INFO_ROLE_TYPE_0_VALUES!r}")
