from typing import Literal

StudioClipReferenceClipTypeType0 = Literal["external_audio", "image", "tts_node", "video"]

STUDIO_CLIP_REFERENCE_CLIP_TYPE_TYPE_0_VALUES: set[StudioClipReferenceClipTypeType0] = {
    "external_audio",
    "image",
    "tts_node",
    "video",
}


def check_studio_clip_reference_clip_type_type_0(value: str) -> StudioClipReferenceClipTypeType0:
    if value in STUDIO_CLIP_REFERENCE_CLIP_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STUDIO_CLIP_REFERENCE_CLIP_TYPE_TYPE_0_VALUES!r}")
