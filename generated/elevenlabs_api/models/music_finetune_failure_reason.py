from typing import Literal

MusicFinetuneFailureReason = Literal["audio_processing_failed", "copyright_violation", "training_failed"]

MUSIC_FINETUNE_FAILURE_REASON_VALUES: set[MusicFinetuneFailureReason] = {
    "audio_processing_failed",
    "copyright_violation",
    "training_failed",
}


def check_music_finetune_failure_reason(value: str) -> MusicFinetuneFailureReason:
    if value in MUSIC_FINETUNE_FAILURE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_FINETUNE_FAILURE_REASON_VALUES!r}")
