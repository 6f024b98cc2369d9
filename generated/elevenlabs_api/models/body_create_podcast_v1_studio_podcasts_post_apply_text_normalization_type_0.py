from typing import Literal

BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 = Literal["apply_english", "auto", "off", "on"]

BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES: set[
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0
] = {
    "apply_english",
    "auto",
    "off",
    "on",
}


def check_body_create_podcast_v1_studio_podcasts_post_apply_text_normalization_type_0(
    value: str,
) -> BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0:
    if value in BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_APPLY_TEXT_NORMALIZATION_TYPE_0_VALUES!r}"
    )
