from typing import Literal

CaptionStyleModelTextTransformType0 = Literal["none", "uppercase"]

CAPTION_STYLE_MODEL_TEXT_TRANSFORM_TYPE_0_VALUES: set[CaptionStyleModelTextTransformType0] = {
    "none",
    "uppercase",
}


def check_caption_style_model_text_transform_type_0(value: str) -> CaptionStyleModelTextTransformType0:
    if value in CAPTION_STYLE_MODEL_TEXT_TRANSFORM_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_MODEL_TEXT_TRANSFORM_TYPE_0_VALUES!r}")
