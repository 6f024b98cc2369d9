from typing import Literal

BackgroundSoundSourceType = Literal["preset"]

BACKGROUND_SOUND_SOURCE_TYPE_VALUES: set[BackgroundSoundSourceType] = {
    "preset",
}


def check_background_sound_source_type(value: str) -> BackgroundSoundSourceType:
    if value in BACKGROUND_SOUND_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKGROUND_SOUND_SOURCE_TYPE_VALUES!r}")
