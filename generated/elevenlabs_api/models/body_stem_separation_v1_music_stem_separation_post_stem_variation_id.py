from typing import Literal

BodyStemSeparationV1MusicStemSeparationPostStemVariationId = Literal["six_stems_v1", "two_stems_v1"]

BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES: set[
    BodyStemSeparationV1MusicStemSeparationPostStemVariationId
] = {
    "six_stems_v1",
    "two_stems_v1",
}


def check_body_stem_separation_v1_music_stem_separation_post_stem_variation_id(
    value: str,
) -> BodyStemSeparationV1MusicStemSeparationPostStemVariationId:
    if value in BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_STEM_SEPARATION_V1_MUSIC_STEM_SEPARATION_POST_STEM_VARIATION_ID_VALUES!r}"
    )
