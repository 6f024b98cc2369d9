from typing import Literal

InlineVideoReferenceMimeType = Literal["video/mp4", "video/quicktime", "video/webm"]

INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES: set[InlineVideoReferenceMimeType] = {
    "video/mp4",
    "video/quicktime",
    "video/webm",
}


def check_inline_video_reference_mime_type(value: str) -> InlineVideoReferenceMimeType:
    if value in INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INLINE_VIDEO_REFERENCE_MIME_TYPE_VALUES!r}")
