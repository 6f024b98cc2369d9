from typing import Literal

VoiceResponseModelRecordingQualityType0 = Literal["bad", "good", "ok", "poor", "studio"]

VOICE_RESPONSE_MODEL_RECORDING_QUALITY_TYPE_0_VALUES: set[VoiceResponseModelRecordingQualityType0] = {
    "bad",
    "good",
    "ok",
    "poor",
    "studio",
}


def check_voice_response_model_recording_quality_type_0(value: str) -> VoiceResponseModelRecordingQualityType0:
    if value in VOICE_RESPONSE_MODEL_RECORDING_QUALITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_RESPONSE_MODEL_RECORDING_QUALITY_TYPE_0_VALUES!r}"
    )
