from typing import Literal

MediaGenerationInProgressResponseStatusType0 = Literal["generating", "pending"]

MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_TYPE_0_VALUES: set[MediaGenerationInProgressResponseStatusType0] = {
    "generating",
    "pending",
}


def check_media_generation_in_progress_response_status_type_0(
    value: str,
) -> MediaGenerationInProgressResponseStatusType0:
    if value in MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDIA_GENERATION_IN_PROGRESS_RESPONSE_STATUS_TYPE_0_VALUES!r}"
    )
