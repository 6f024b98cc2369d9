from typing import Literal

MediaCodec = Literal["G722/8000", "PCMA/8000", "PCMU/8000"]

MEDIA_CODEC_VALUES: set[MediaCodec] = {
    "G722/8000",
    "PCMA/8000",
    "PCMU/8000",
}


def check_media_codec(value: str) -> MediaCodec:
    if value in MEDIA_CODEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDIA_CODEC_VALUES!r}")
