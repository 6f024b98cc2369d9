from typing import Literal

ClipAnimationEnterEffectType0 = Literal[
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
]

CLIP_ANIMATION_ENTER_EFFECT_TYPE_0_VALUES: set[ClipAnimationEnterEffectType0] = {
    "bounce",
    "drop",
    "fade",
    "float",
    "gentle_float",
    "none",
    "pop",
    "slide_bounce",
    "slide_down",
    "slide_left",
    "slide_right",
    "slide_up",
    "spin",
    "zoom_in",
}


def check_clip_animation_enter_effect_type_0(value: str) -> ClipAnimationEnterEffectType0:
    if value in CLIP_ANIMATION_ENTER_EFFECT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIP_ANIMATION_ENTER_EFFECT_TYPE_0_VALUES!r}")
