from typing import Literal

SpeakerSeparationResponseModelStatusType0 = Literal["completed", "failed", "not_started", "pending"]

SPEAKER_SEPARATION_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[SpeakerSeparationResponseModelStatusType0] = {
    "completed",
    "failed",
    "not_started",
    "pending",
}


def check_speaker_separation_response_model_status_type_0(value: str) -> SpeakerSeparationResponseModelStatusType0:
    if value in SPEAKER_SEPARATION_RESPONSE_MODEL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEAKER_SEPARATION_RESPONSE_MODEL_STATUS_TYPE_0_VALUES!r}"
    )
