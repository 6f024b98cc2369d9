from typing import Literal

LockReason = Literal["exposed_publicly", "self_disabled", "subscription_downgrade", "trial_ended"]

LOCK_REASON_VALUES: set[LockReason] = {
    "exposed_publicly",
    "self_disabled",
    "subscription_downgrade",
    "trial_ended",
}


def check_lock_reason(value: str) -> LockReason:
    if value in LOCK_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCK_REASON_VALUES!r}")
