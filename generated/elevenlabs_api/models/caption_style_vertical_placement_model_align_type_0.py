from typing import Literal

CaptionStyleVerticalPlacementModelAlignType0 = Literal["bottom", "center", "top"]

CAPTION_STYLE_VERTICAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES: set[CaptionStyleVerticalPlacementModelAlignType0] = {
    "bottom",
    "center",
    "top",
}


def check_caption_style_vertical_placement_model_align_type_0(
    value: str,
) -> CaptionStyleVerticalPlacementModelAlignType0:
    if value in CAPTION_STYLE_VERTICAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_VERTICAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES!r}"
    )
