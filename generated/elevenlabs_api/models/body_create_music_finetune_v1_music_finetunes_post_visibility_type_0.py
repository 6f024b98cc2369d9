from typing import Literal

BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0 = Literal["private", "workspace"]

BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_TYPE_0_VALUES: set[
    BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0
] = {
    "private",
    "workspace",
}


def check_body_create_music_finetune_v1_music_finetunes_post_visibility_type_0(
    value: str,
) -> BodyCreateMusicFinetuneV1MusicFinetunesPostVisibilityType0:
    if value in BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_MUSIC_FINETUNE_V1_MUSIC_FINETUNES_POST_VISIBILITY_TYPE_0_VALUES!r}"
    )
