from typing import Literal

ClipAnimationExitEffectType0 = Literal[
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

CLIP_ANIMATION_EXIT_EFFECT_TYPE_0_VALUES: set[ClipAnimationExitEffectType0] = {
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


def check_clip_animation_exit_effect_type_0(value: str) -> ClipAnimationExitEffectType0:
    if value in CLIP_ANIMATION_EXIT_EFFECT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIP_ANIMATION_EXIT_EFFECT_TYPE_0_VALUES!r}")
