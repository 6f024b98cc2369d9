from typing import Literal

CaptionStyleCharacterAnimationModelExitTypeType0 = Literal["fade", "none"]

CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES: set[
    CaptionStyleCharacterAnimationModelExitTypeType0
] = {
    "fade",
    "none",
}


def check_caption_style_character_animation_model_exit_type_type_0(
    value: str,
) -> CaptionStyleCharacterAnimationModelExitTypeType0:
    if value in CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_EXIT_TYPE_TYPE_0_VALUES!r}"
    )
