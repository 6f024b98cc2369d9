from typing import Literal

AudioNativeProjectSettingsResponseModelStatusType0 = Literal["processing", "ready"]

AUDIO_NATIVE_PROJECT_SETTINGS_RESPONSE_MODEL_STATUS_TYPE_0_VALUES: set[
    AudioNativeProjectSettingsResponseModelStatusType0
] = {
    "processing",
    "ready",
}


def check_audio_native_project_settings_response_model_status_type_0(
    value: str,
) -> AudioNativeProjectSettingsResponseModelStatusType0:
    if value in AUDIO_NATIVE_PROJECT_SETTINGS_RESPONSE_MODEL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_NATIVE_PROJECT_SETTINGS_RESPONSE_MODEL_STATUS_TYPE_0_VALUES!r}"
    )
