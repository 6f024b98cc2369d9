from typing import Literal

BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0 = Literal[
    "apply_english", "auto", "off", "on"
]

BODY_CREATES_AUDIO_NATIVE_ENABLED_PROJECT_V1_AUDIO_NATIVE_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0
] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_body_creates_audio_native_enabled_project_v1_audio_native_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreatesAudioNativeEnabledProjectV1AudioNativePostApplyTextNormalizationType0:
    if value in BODY_CREATES_AUDIO_NATIVE_ENABLED_PROJECT_V1_AUDIO_NATIVE_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATES_AUDIO_NATIVE_ENABLED_PROJECT_V1_AUDIO_NATIVE_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES!r}"
    )
