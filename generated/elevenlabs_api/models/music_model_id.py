from typing import Literal

MusicModelId = Literal["music_v1", "music_v2"]

MUSIC_MODEL_ID_VALUES: set[MusicModelId] = {
    "music_v1",
    "music_v2",
}


def check_music_model_id(value: str) -> MusicModelId:
    if value in MUSIC_MODEL_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_MODEL_ID_VALUES!r}")
