from typing import Literal

BatchCallStatus = Literal["cancelled", "completed", "failed", "in_progress", "pending"]

BATCH_CALL_STATUS_VALUES: set[BatchCallStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_batch_call_status(value: str) -> BatchCallStatus:
    if value in BATCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_CALL_STATUS_VALUES!r}")
