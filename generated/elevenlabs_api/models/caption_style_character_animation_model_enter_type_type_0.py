from typing import Literal

CaptionStyleCharacterAnimationModelEnterTypeType0 = Literal["fade", "none", "typewriter"]

CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES: set[
    CaptionStyleCharacterAnimationModelEnterTypeType0
] = {
    "fade",
    "none",
    "typewriter",
}


def check_caption_style_character_animation_model_enter_type_type_0(
    value: str,
) -> CaptionStyleCharacterAnimationModelEnterTypeType0:
    if value in CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_CHARACTER_ANIMATION_MODEL_ENTER_TYPE_TYPE_0_VALUES!r}"
    )
