from typing import Literal

BodyDubAVideoOrAnAudioFileV1DubbingPostMode = Literal["automatic", "manual"]

BODY_DUB_A_VIDEO_OR_AN_AUDIO_FILE_V1_DUBBING_POST_MODE_VALUES: set[BodyDubAVideoOrAnAudioFileV1DubbingPostMode] = {
    "automatic",
    "manual",
}


def check_body_dub_a_video_or_an_audio_file_v1_dubbing_post_mode(
    value: str,
) -> BodyDubAVideoOrAnAudioFileV1DubbingPostMode:
    if value in BODY_DUB_A_VIDEO_OR_AN_AUDIO_FILE_V1_DUBBING_POST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_DUB_A_VIDEO_OR_AN_AUDIO_FILE_V1_DUBBING_POST_MODE_VALUES!r}"
    )
