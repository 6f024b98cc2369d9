from typing import Literal

CaptionStyleHorizontalPlacementModelAlignType0 = Literal["center", "left", "right"]

CAPTION_STYLE_HORIZONTAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES: set[CaptionStyleHorizontalPlacementModelAlignType0] = {
    "center",
    "left",
    "right",
}


def check_caption_style_horizontal_placement_model_align_type_0(
    value: str,
) -> CaptionStyleHorizontalPlacementModelAlignType0:
    if value in CAPTION_STYLE_HORIZONTAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAPTION_STYLE_HORIZONTAL_PLACEMENT_MODEL_ALIGN_TYPE_0_VALUES!r}"
    )
