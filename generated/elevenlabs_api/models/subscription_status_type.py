from typing import Literal

SubscriptionStatusType = Literal["active", "free", "free_disabled", "incomplete", "past_due", "trialing"]

SUBSCRIPTION_STATUS_TYPE_VALUES: set[SubscriptionStatusType] = {
    "active",
    "free",
    "free_disabled",
    "incomplete",
    "past_due",
    "trialing",
}


def check_subscription_status_type(value: str) -> SubscriptionStatusType:
    if value in SUBSCRIPTION_STATUS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_STATUS_TYPE_VALUES!r}")
