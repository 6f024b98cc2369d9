from typing import Literal

VoiceResponseModelSafetyControlType0 = Literal["BAN", "CAPTCHA", "ENTERPRISE_BAN", "ENTERPRISE_CAPTCHA", "NONE"]

VOICE_RESPONSE_MODEL_SAFETY_CONTROL_TYPE_0_VALUES: set[VoiceResponseModelSafetyControlType0] = {
    "BAN",
    "CAPTCHA",
    "ENTERPRISE_BAN",
    "ENTERPRISE_CAPTCHA",
    "NONE",
}


def check_voice_response_model_safety_control_type_0(value: str) -> VoiceResponseModelSafetyControlType0:
    if value in VOICE_RESPONSE_MODEL_SAFETY_CONTROL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOICE_RESPONSE_MODEL_SAFETY_CONTROL_TYPE_0_VALUES!r}"
    )
