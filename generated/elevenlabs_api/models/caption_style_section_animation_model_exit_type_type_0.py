from typing import Literal

CaptionStyleSectionAnimationModelExitTypeType0 = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]

CAPTION_STYLE_SECTION_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES: set[CaptionStyleSectionAnimationModelExitTypeType0] = {
    "fade",
    "none",
    "pop",
    "scale",
    "scale_down",
    "slam",
    "slide_down",
    "slide_in",
    "slide_up",
}


def check_caption_style_section_animation_model_exit_type_type_0(
    value: str,
) -> CaptionStyleSectionAnimationModelExitTypeType0:
    if value in CAPTION_STYLE_SECTION_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_SECTION_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES!r}"
    )
