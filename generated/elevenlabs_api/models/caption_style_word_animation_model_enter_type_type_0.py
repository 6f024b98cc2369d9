from typing import Literal

CaptionStyleWordAnimationModelEnterTypeType0 = Literal[
    "fade", "none", "pop", "scale", "scale_down", "slam", "slide_down", "slide_in", "slide_up"
]

CAPTION_STYLE_WORD_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES: set[CaptionStyleWordAnimationModelEnterTypeType0] = {
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


def check_caption_style_word_animation_model_enter_type_type_0(
    value: str,
) -> CaptionStyleWordAnimationModelEnterTypeType0:
    if value in CAPTION_STYLE_WORD_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_WORD_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES!r}"
    )
