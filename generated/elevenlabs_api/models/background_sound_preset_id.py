from typing import Literal

BackgroundSoundPresetId = Literal[
    "city", "elevator1", "elevator2", "elevator3", "elevator4", "office1", "office2", "restaurant", "typing"
]

BACKGROUND_SOUND_PRESET_ID_VALUES: set[BackgroundSoundPresetId] = {
    "city",
    "elevator1",
    "elevator2",
    "elevator3",
    "elevator4",
    "office1",
    "office2",
    "restaurant",
    "typing",
}


def check_background_sound_preset_id(value: str) -> BackgroundSoundPresetId:
    if value in BACKGROUND_SOUND_PRESET_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BACKGROUND_SOUND_PRESET_ID_VALUES!r}")
