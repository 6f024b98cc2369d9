from typing import Literal

VoiceRecordingQualityType0 = Literal["bad", "good", "ok", "poor", "studio"]

VOICE_RECORDING_QUALITY_TYPE_0_VALUES: set[VoiceRecordingQualityType0] = {
    "bad",
    "good",
    "ok",
    "poor",
    "studio",
}


def check_voice_recording_quality_type_0(value: str) -> VoiceRecordingQualityType0:
    if value in VOICE_RECORDING_QUALITY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_RECORDING_QUALITY_TYPE_0_VALUES!r}")
