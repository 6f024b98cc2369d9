from typing import Literal

MediaGenerationFailedResponseFailureReasonType0 = Literal[
    "charging_failed",
    "dependency_failed",
    "internal_error",
    "invalid_parameters",
    "model_error",
    "moderated",
    "timeout",
]

MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_TYPE_0_VALUES: set[MediaGenerationFailedResponseFailureReasonType0] = {
    "charging_failed",
    "dependency_failed",
    "internal_error",
    "invalid_parameters",
    "model_error",
    "moderated",
    "timeout",
}


def check_media_generation_failed_response_failure_reason_type_0(
    value: str,
) -> MediaGenerationFailedResponseFailureReasonType0:
    if value in MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDIA_GENERATION_FAILED_RESPONSE_FAILURE_REASON_TYPE_0_VALUES!r}"
    )
