from typing import Literal

UpdateMusicFinetuneRequestModelVisibilityType0 = Literal["private", "workspace"]

UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES: set[UpdateMusicFinetuneRequestModelVisibilityType0] = {
    "private",
    "workspace",
}


def check_update_music_finetune_request_model_visibility_type_0(
    value: str,
) -> UpdateMusicFinetuneRequestModelVisibilityType0:
    if value in UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MUSIC_FINETUNE_REQUEST_MODEL_VISIBILITY_TYPE_0_VALUES!r}"
    )
