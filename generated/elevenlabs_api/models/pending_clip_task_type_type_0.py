from typing import Literal

PendingClipTaskTypeType0 = Literal["dubbing", "media_generation", "preprocessing", "speech_import", "video_to_music"]

PENDING_CLIP_TASK_TYPE_TYPE_0_VALUES: set[PendingClipTaskTypeType0] = {
    "dubbing",
    "media_generation",
    "preprocessing",
    "speech_import",
    "video_to_music",
}


def check_pending_clip_task_type_type_0(value: str) -> PendingClipTaskTypeType0:
    if value in PENDING_CLIP_TASK_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PENDING_CLIP_TASK_TYPE_TYPE_0_VALUES!r}")
