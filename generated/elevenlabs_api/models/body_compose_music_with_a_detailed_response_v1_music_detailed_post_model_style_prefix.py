from typing import Literal

BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix = Literal["music", "sfx"]

BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES: set[
    BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix
] = {
    "music",
    "sfx",
}


def check_body_compose_music_with_a_detailed_response_v1_music_detailed_post_model_style_prefix(
    value: str,
) -> BodyComposeMusicWithADetailedResponseV1MusicDetailedPostModelStylePrefix:
    if value in BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_COMPOSE_MUSIC_WITH_A_DETAILED_RESPONSE_V1_MUSIC_DETAILED_POST_MODEL_STYLE_PREFIX_VALUES!r}"
    )
