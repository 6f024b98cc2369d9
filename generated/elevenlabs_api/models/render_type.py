from typing import Literal

RenderType = Literal["aac", "aaf", "clips_zip", "mp3", "mp4", "tracks_zip", "wav", "zip"]

RENDER_TYPE_VALUES: set[RenderType] = {
    "aac",
    "aaf",
    "clips_zip",
    "mp3",
    "mp4",
    "tracks_zip",
    "wav",
    "zip",
}


def check_render_type(value: str) -> RenderType:
    if value in RENDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RENDER_TYPE_VALUES!r}")
