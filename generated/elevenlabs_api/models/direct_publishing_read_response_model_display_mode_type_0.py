from typing import Literal

DirectPublishingReadResponseModelDisplayModeType0 = Literal["audio-only", "text", "text-with-audio"]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelDisplayModeType0
] = {
    "audio-only",
    "text",
    "text-with-audio",
}


def check_direct_publishing_read_response_model_display_mode_type_0(
    value: str,
) -> DirectPublishingReadResponseModelDisplayModeType0:
    if value in DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_PUBLISHING_READ_RESPONSE_MODEL_DISPLAY_MODE_TYPE_0_VALUES!r}"
    )
