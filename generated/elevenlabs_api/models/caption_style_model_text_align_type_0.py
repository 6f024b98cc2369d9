from typing import Literal

CaptionStyleModelTextAlignType0 = Literal["center", "end", "start"]

CAPTION_STYLE_MODEL_TEXT_ALIGN_TYPE_0_VALUES: set[CaptionStyleModelTextAlignType0] = {
    "center",
    "end",
    "start",
}


def check_caption_style_model_text_align_type_0(value: str) -> CaptionStyleModelTextAlignType0:
    if value in CAPTION_STYLE_MODEL_TEXT_ALIGN_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_MODEL_TEXT_ALIGN_TYPE_0_VALUES!r}")
