from typing import Literal

ProjectResponseModelTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

PROJECT_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES: set[ProjectResponseModelTargetAudienceType0] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_project_response_model_target_audience_type_0(value: str) -> ProjectResponseModelTargetAudienceType0:
    if value in PROJECT_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES!r}"
    )
