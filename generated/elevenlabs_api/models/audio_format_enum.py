from typing import Literal

AudioFormatEnum = Literal["pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000", "pcm_8000", "ulaw_8000"]

AUDIO_FORMAT_ENUM_VALUES: set[AudioFormatEnum] = {
    "pcm_16000",
    "pcm_22050",
    "pcm_24000",
    "pcm_44100",
    "pcm_48000",
    "pcm_8000",
    "ulaw_8000",
}


def check_audio_format_enum(value: str) -> AudioFormatEnum:
    if value in AUDIO_FORMAT_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_FORMAT_ENUM_VALUES!r}")
