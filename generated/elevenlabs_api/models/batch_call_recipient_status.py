from typing import Literal

BatchCallRecipientStatus = Literal[
    "cancelled", "completed", "dispatched", "failed", "in_progress", "initiated", "pending", "voicemail"
]

BATCH_CALL_RECIPIENT_STATUS_VALUES: set[BatchCallRecipientStatus] = {
    "cancelled",
    "completed",
    "dispatched",
    "failed",
    "in_progress",
    "initiated",
    "pending",
    "voicemail",
}


def check_batch_call_recipient_status(value: str) -> BatchCallRecipientStatus:
    if value in BATCH_CALL_RECIPIENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BATCH_CALL_RECIPIENT_STATUS_VALUES!r}")
