from typing import Literal

VoiceResponseModelLabellingStatusType0 = Literal["in_review", "review_complete"]

VOICE_RESPONSE_MODEL_LABELLING_STATUS_TYPE_0_VALUES: set[VoiceResponseModelLabellingStatusType0] = {
    "in_review",
    "review_complete",
}


def check_voice_response_model_labelling_status_type_0(value: str) -> VoiceResponseModelLabellingStatusType0:
    if value in VOICE_RESPONSE_MODEL_LABELLING_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_RESPONSE_MODEL_LABELLING_STATUS_TYPE_0_VALUES!r}"
    )
