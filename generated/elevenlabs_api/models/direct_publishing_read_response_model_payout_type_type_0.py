from typing import Literal

DirectPublishingReadResponseModelPayoutTypeType0 = Literal["engagement_based", "fixed_payout", "none"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelPayoutTypeType0
] = {
    "engagement_based",
    "fixed_payout",
    "none",
}


def check_direct_publishing_read_response_model_payout_type_type_0(
    value: str,
) -> DirectPublishingReadResponseModelPayoutTypeType0:
    if value in DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_PUBLISHING_READ_RESPONSE_MODEL_PAYOUT_TYPE_TYPE_0_VALUES!r}"
    )
