from typing import Literal

CaptionStyleModelTextBlendModeType0 = Literal["difference", "multiply", "normal"]

CAPTION_STYLE_MODEL_TEXT_BLEND_MODE_TYPE_0_VALUES: set[CaptionStyleModelTextBlendModeType0] = {
    "difference",
    "multiply",
    "normal",
}


def check_caption_style_model_text_blend_mode_type_0(value: str) -> CaptionStyleModelTextBlendModeType0:
    if value in CAPTION_STYLE_MODEL_TEXT_BLEND_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_MODEL_TEXT_BLEND_MODE_TYPE_0_VALUES!r}"
    )
