from typing import Literal

BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage = (
    Literal["default", "long", "short"]
)

BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_THE_DURATION_OF_THE_GENERATED_PODCAST_THIS_VARIES_DEPENDING_ON_THE_FORMAT_VOICE_AND_LANGUAGE_VALUES: set[
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
] = {
    "default",
    "long",
    "short",
}


def check_body_create_podcast_v1_studio_podcasts_post_the_duration_of_the_generated_podcast_this_varies_depending_on_the_format_voice_and_language(
    value: str,
) -> (
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
):
    if (
        value
        in BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_THE_DURATION_OF_THE_GENERATED_PODCAST_THIS_VARIES_DEPENDING_ON_THE_FORMAT_VOICE_AND_LANGUAGE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_CREATE_PODCAST_V1_STUDIO_PODCASTS_POST_THE_DURATION_OF_THE_GENERATED_PODCAST_THIS_VARIES_DEPENDING_ON_THE_FORMAT_VOICE_AND_LANGUAGE_VALUES!r}"
    )
