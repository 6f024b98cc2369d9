from typing import Literal

ProjectExtendedResponseTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

PROJECT_EXTENDED_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectExtendedResponseTargetAudienceType0] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_project_extended_response_target_audience_type_0(value: str) -> ProjectExtendedResponseTargetAudienceType0:
    if value in PROJECT_EXTENDED_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_TARGET_AUDIENCE_TYPE_0_VALUES!r}"
    )
