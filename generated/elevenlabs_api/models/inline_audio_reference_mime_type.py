from typing import Literal

InlineAudioReferenceMimeType = Literal["audio/mpeg", "audio/wav"]

INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES: set[InlineAudioReferenceMimeType] = {
    "audio/mpeg",
    "audio/wav",
}


def check_inline_audio_reference_mime_type(value: str) -> InlineAudioReferenceMimeType:
    if value in INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INLINE_AUDIO_REFERENCE_MIME_TYPE_VALUES!r}")
