from typing import Literal

VoiceSharingResponseStatusType0 = Literal["copied", "copied_disabled", "disabled", "enabled"]

VOICE_SHARING_RESPONSE_STATUS_TYPE_0_VALUES: set[VoiceSharingResponseStatusType0] = {
    "copied",
    "copied_disabled",
    "disabled",
    "enabled",
}


def check_voice_sharing_response_status_type_0(value: str) -> VoiceSharingResponseStatusType0:
    if value in VOICE_SHARING_RESPONSE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_SHARING_RESPONSE_STATUS_TYPE_0_VALUES!r}")
