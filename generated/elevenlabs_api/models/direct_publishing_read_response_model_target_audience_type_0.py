from typing import Literal

DirectPublishingReadResponseModelTargetAudienceType0 = Literal["adult", "all ages", "children", "young adult"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelTargetAudienceType0
] = {
    "adult",
    "all ages",
    "children",
    "young adult",
}


def check_direct_publishing_read_response_model_target_audience_type_0(
    value: str,
) -> DirectPublishingReadResponseModelTargetAudienceType0:
    if value in DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_PUBLISHING_READ_RESPONSE_MODEL_TARGET_AUDIENCE_TYPE_0_VALUES!r}"
    )
