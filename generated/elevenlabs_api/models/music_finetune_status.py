from typing import Literal

MusicFinetuneStatus = Literal["blocked", "completed", "failed", "in_progress", "pending"]

MUSIC_FINETUNE_STATUS_VALUES: set[MusicFinetuneStatus] = {
    "blocked",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_music_finetune_status(value: str) -> MusicFinetuneStatus:
    if value in MUSIC_FINETUNE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_FINETUNE_STATUS_VALUES!r}")
