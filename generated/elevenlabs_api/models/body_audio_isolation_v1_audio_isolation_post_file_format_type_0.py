from typing import Literal

BodyAudioIsolationV1AudioIsolationPostFileFormatType0 = Literal["other", "pcm_s16le_16"]

BODY_AUDIO_ISOLATION_V1_AUDIO_ISOLATION_POST_FILE_FORMAT_TYPE_0_VALUES: set[
    BodyAudioIsolationV1AudioIsolationPostFileFormatType0
] = {
    "other",
    "pcm_s16le_16",
}


def check_body_audio_isolation_v1_audio_isolation_post_file_format_type_0(
    value: str,
) -> BodyAudioIsolationV1AudioIsolationPostFileFormatType0:
    if value in BODY_AUDIO_ISOLATION_V1_AUDIO_ISOLATION_POST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_AUDIO_ISOLATION_V1_AUDIO_ISOLATION_POST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
