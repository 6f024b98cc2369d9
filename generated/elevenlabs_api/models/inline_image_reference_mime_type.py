from typing import Literal

InlineImageReferenceMimeType = Literal["image/heic", "image/heif", "image/jpeg", "image/png", "image/webp"]

INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES: set[InlineImageReferenceMimeType] = {
    "image/heic",
    "image/heif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_inline_image_reference_mime_type(value: str) -> InlineImageReferenceMimeType:
    if value in INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INLINE_IMAGE_REFERENCE_MIME_TYPE_VALUES!r}")
