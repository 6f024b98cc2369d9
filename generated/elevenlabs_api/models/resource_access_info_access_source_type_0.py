from typing import Literal

ResourceAccessInfoAccessSourceType0 = Literal["creator", "explicit", "workspace_admin", "workspace_default"]

RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES: set[ResourceAccessInfoAccessSourceType0] = {
    "creator",
    "explicit",
    "workspace_admin",
    "workspace_default",
}


def check_resource_access_info_access_source_type_0(value: str) -> ResourceAccessInfoAccessSourceType0:
    if value in RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_ACCESS_INFO_ACCESS_SOURCE_TYPE_0_VALUES!r}")
