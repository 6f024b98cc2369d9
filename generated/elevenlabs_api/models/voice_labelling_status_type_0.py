from typing import Literal

VoiceLabellingStatusType0 = Literal["in_review", "review_complete"]

VOICE_LABELLING_STATUS_TYPE_0_VALUES: set[VoiceLabellingStatusType0] = {
    "in_review",
    "review_complete",
}


def check_voice_labelling_status_type_0(value: str) -> VoiceLabellingStatusType0:
    if value in VOICE_LABELLING_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_LABELLING_STATUS_TYPE_0_VALUES!r}")
