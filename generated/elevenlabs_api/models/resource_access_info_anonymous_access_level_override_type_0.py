from typing import Literal

ResourceAccessInfoAnonymousAccessLevelOverrideType0 = Literal["admin", "commenter", "editor", "viewer"]

RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES: set[
    ResourceAccessInfoAnonymousAccessLevelOverrideType0
] = {
    "admin",
    "commenter",
    "editor",
    "viewer",
}


def check_resource_access_info_anonymous_access_level_override_type_0(
    value: str,
) -> ResourceAccessInfoAnonymousAccessLevelOverrideType0:
    if value in RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_ACCESS_INFO_ANONYMOUS_ACCESS_LEVEL_OVERRIDE_TYPE_0_VALUES!r}"
    )
