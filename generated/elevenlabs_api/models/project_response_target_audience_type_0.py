from typing import Literal

ProjectResponseTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

PROJECT_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectResponseTargetAudienceType0] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_project_response_target_audience_type_0(value: str) -> ProjectResponseTargetAudienceType0:
    if value in PROJECT_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES!r}")
