from typing import Literal

VoiceDesignRequestModelModelId = Literal["eleven_multilingual_ttv_v2", "eleven_ttv_v3"]

VOICE_DESIGN_REQUEST_MODEL_MODEL_ID_VALUES: set[VoiceDesignRequestModelModelId] = {
    "eleven_multilingual_ttv_v2",
    "eleven_ttv_v3",
}


def check_voice_design_request_model_model_id(value: str) -> VoiceDesignRequestModelModelId:
    if value in VOICE_DESIGN_REQUEST_MODEL_MODEL_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_DESIGN_REQUEST_MODEL_MODEL_ID_VALUES!r}")
