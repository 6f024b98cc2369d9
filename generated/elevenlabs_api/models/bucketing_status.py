from typing import Literal

BucketingStatus = Literal["completed", "failed", "pending"]

BUCKETING_STATUS_VALUES: set[BucketingStatus] = {
    "completed",
    "failed",
    "pending",
}


def check_bucketing_status(value: str) -> BucketingStatus:
    if value in BUCKETING_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUCKETING_STATUS_VALUES!r}")
