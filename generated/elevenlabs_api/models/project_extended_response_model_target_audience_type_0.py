from typing import Literal

ProjectExtendedResponseModelTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

PROJECT_EXTENDED_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectExtendedResponseModelTargetAudienceType0] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_project_extended_response_model_target_audience_type_0(
    value: str,
) -> ProjectExtendedResponseModelTargetAudienceType0:
    if value in PROJECT_EXTENDED_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_EXTENDED_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES!r}"
    )
