from typing import Literal

VoiceSafetyControlType0 = Literal["BAN", "CAPTCHA", "ENTERPRISE_BAN", "ENTERPRISE_CAPTCHA", "NONE"]

VOICE_SAFETY_CONTROL_TYPE_0_VALUES: set[VoiceSafetyControlType0] = {
    "BAN",
    "CAPTCHA",
    "ENTERPRISE_BAN",
    "ENTERPRISE_CAPTCHA",
    "NONE",
}


def check_voice_safety_control_type_0(value: str) -> VoiceSafetyControlType0:
    if value in VOICE_SAFETY_CONTROL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_SAFETY_CONTROL_TYPE_0_VALUES!r}")
