from typing import Literal

CaptionStyleModelTextStyleType0 = Literal["italic", "normal"]

CAPTION_STYLE_MODEL_TEXT_STYLE_TYPE_0_VALUES: set[CaptionStyleModelTextStyleType0] = {
    "italic",
    "normal",
}


def check_caption_style_model_text_style_type_0(value: str) -> CaptionStyleModelTextStyleType0:
    if value in CAPTION_STYLE_MODEL_TEXT_STYLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_MODEL_TEXT_STYLE_TYPE_0_VALUES!r}")
