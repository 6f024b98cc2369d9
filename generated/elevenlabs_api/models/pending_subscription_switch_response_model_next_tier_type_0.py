from typing import Literal

PendingSubscriptionSwitchResponseModelNextTierType0 = Literal[
    "creator",
    "enterprise",
    "free",
    "go",
    "grant_tier_1_2025_07_23",
    "grant_tier_2_2025_07_23",
    "growing_business",
    "pro",
    "scale_2024_08_10",
    "starter",
    "trial",
]

PENDING_SUBSCRIPTION_SWITCH_RESPONSE_MODEL_NEXT_TIER_TYPE_0_VALUES: set[
    PendingSubscriptionSwitchResponseModelNextTierType0
] = {
    "creator",
    "enterprise",
    "free",
    "go",
    "grant_tier_1_2025_07_23",
    "grant_tier_2_2025_07_23",
    "growing_business",
    "pro",
    "scale_2024_08_10",
    "starter",
    "trial",
}


def check_pending_subscription_switch_response_model_next_tier_type_0(
    value: str,
) -> PendingSubscriptionSwitchResponseModelNextTierType0:
    if value in PENDING_SUBSCRIPTION_SWITCH_RESPONSE_MODEL_NEXT_TIER_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PENDING_SUBSCRIPTION_SWITCH_RESPONSE_MODEL_NEXT_TIER_TYPE_0_VALUES!r}"
    )
