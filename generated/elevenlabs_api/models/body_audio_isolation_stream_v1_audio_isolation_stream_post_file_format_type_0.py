from typing import Literal

BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0 = Literal["other", "pcm_s16le_16"]

BODY_AUDIO_ISOLATION_STREAM_V1_AUDIO_ISOLATION_STREAM_POST_FILE_FORMAT_TYPE_0_VALUES: set[
    BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0
] = {
    "other",
    "pcm_s16le_16",
}


def check_body_audio_isolation_stream_v1_audio_isolation_stream_post_file_format_type_0(
    value: str,
) -> BodyAudioIsolationStreamV1AudioIsolationStreamPostFileFormatType0:
    if value in BODY_AUDIO_ISOLATION_STREAM_V1_AUDIO_ISOLATION_STREAM_POST_FILE_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_AUDIO_ISOLATION_STREAM_V1_AUDIO_ISOLATION_STREAM_POST_FILE_FORMAT_TYPE_0_VALUES!r}"
    )
