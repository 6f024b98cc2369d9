from typing import Literal

CaptionStyleModelTextWeightType0 = Literal["900", "bold", "normal"]

CAPTION_STYLE_MODEL_TEXT_WEIGHT_TYPE_0_VALUES: set[CaptionStyleModelTextWeightType0] = {
    "900",
    "bold",
    "normal",
}


def check_caption_style_model_text_weight_type_0(value: str) -> CaptionStyleModelTextWeightType0:
    if value in CAPTION_STYLE_MODEL_TEXT_WEIGHT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_MODEL_TEXT_WEIGHT_TYPE_0_VALUES!r}")
