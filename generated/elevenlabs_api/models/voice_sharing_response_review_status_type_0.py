from typing import Literal

VoiceSharingResponseReviewStatusType0 = Literal[
    "allowed", "allowed_with_changes", "declined", "not_requested", "pending"
]

VOICE_SHARING_RESPONSE_REVIEW_STATUS_TYPE_0_VALUES: set[VoiceSharingResponseReviewStatusType0] = {
    "allowed",
    "allowed_with_changes",
    "declined",
    "not_requested",
    "pending",
}


def check_voice_sharing_response_review_status_type_0(value: str) -> VoiceSharingResponseReviewStatusType0:
    if value in VOICE_SHARING_RESPONSE_REVIEW_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_SHARING_RESPONSE_REVIEW_STATUS_TYPE_0_VALUES!r}"
    )
