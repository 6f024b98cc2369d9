from typing import Literal

MusicGenerationMode = Literal["ambience", "loop", "track", "video_to_music"]

MUSIC_GENERATION_MODE_VALUES: set[MusicGenerationMode] = {
    "ambience",
    "loop",
    "track",
    "video_to_music",
}


def check_music_generation_mode(value: str) -> MusicGenerationMode:
    if value in MUSIC_GENERATION_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_GENERATION_MODE_VALUES!r}")
