from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    CaptionStyleModelTextAlignType0,
    CaptionStyleModelTextBlendModeType0,
    CaptionStyleModelTextStyleType0,
    CaptionStyleModelTextTransformType0,
    CaptionStyleModelTextWeightType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CaptionStyleModel(Lazy, AdditionalProperties[Any]):
    template: CaptionStyleTemplateModel | None | Unset = UNSET

    text_font: None | str | Unset = UNSET

    text_scale: float | None | Unset = UNSET

    text_color: None | str | Unset = UNSET

    text_align: CaptionStyleModelTextAlignType0 | None | str | Unset = UNSET

    text_style: CaptionStyleModelTextStyleType0 | None | str | Unset = UNSET

    text_weight: CaptionStyleModelTextWeightType0 | None | str | Unset = UNSET

    text_transform: CaptionStyleModelTextTransformType0 | None | str | Unset = UNSET

    text_blend_mode: CaptionStyleModelTextBlendModeType0 | None | str | Unset = UNSET

    text_shadow: None | StudioTextStyleShadowModel | Unset = UNSET

    text_outline: None | StudioTextStyleOutlineModel | Unset = UNSET

    background_enabled: bool | None | Unset = UNSET

    background_color: None | str | Unset = UNSET

    background_opacity: float | None | Unset = UNSET

    background_blur: float | None | Unset = UNSET

    background_border_radius: float | None | Unset = UNSET

    word_highlights_enabled: bool | None | Unset = UNSET

    word_highlights_color: None | str | Unset = UNSET

    word_highlights_background_color: None | str | Unset = UNSET

    word_highlights_opacity: float | None | Unset = UNSET

    word_highlights_border_radius: float | None | Unset = UNSET

    word_highlights_blur: float | None | Unset = UNSET

    section_animation: CaptionStyleSectionAnimationModel | None | Unset = UNSET

    word_animation: CaptionStyleWordAnimationModel | None | Unset = UNSET

    character_animation: CaptionStyleCharacterAnimationModel | None | Unset = UNSET

    cursor_enabled: bool | None | Unset = UNSET

    width_pct: float | None | Unset = UNSET

    horizontal_placement: CaptionStyleHorizontalPlacementModel | None | Unset = UNSET

    vertical_placement: CaptionStyleVerticalPlacementModel | None | Unset = UNSET

    auto_break_enabled: bool | None | Unset = UNSET

    max_lines_per_section: int | None | Unset = UNSET

    max_words_per_line: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("template", "template", union(object_of("CaptionStyleTemplateModel"), NULL)),
        Field("text_font", "text_font", union(STR, NULL)),
        Field("text_scale", "text_scale", union(FLOAT, NULL)),
        Field("text_color", "text_color", union(STR, NULL)),
        Field("text_align", "text_align", union(literal("CaptionStyleModelTextAlignType0"), NULL, STR)),
        Field("text_style", "text_style", union(literal("CaptionStyleModelTextStyleType0"), NULL, STR)),
        Field("text_weight", "text_weight", union(literal("CaptionStyleModelTextWeightType0"), NULL, STR)),
        Field("text_transform", "text_transform", union(literal("CaptionStyleModelTextTransformType0"), NULL, STR)),
        Field("text_blend_mode", "text_blend_mode", union(literal("CaptionStyleModelTextBlendModeType0"), NULL, STR)),
        Field("text_shadow", "text_shadow", union(object_of("StudioTextStyleShadowModel"), NULL)),
        Field("text_outline", "text_outline", union(object_of("StudioTextStyleOutlineModel"), NULL)),
        Field("background_enabled", "background_enabled", union(BOOL, NULL)),
        Field("background_color", "background_color", union(STR, NULL)),
        Field("background_opacity", "background_opacity", union(FLOAT, NULL)),
        Field("background_blur", "background_blur", union(FLOAT, NULL)),
        Field("background_border_radius", "background_border_radius", union(FLOAT, NULL)),
        Field("word_highlights_enabled", "word_highlights_enabled", union(BOOL, NULL)),
        Field("word_highlights_color", "word_highlights_color", union(STR, NULL)),
        Field("word_highlights_background_color", "word_highlights_background_color", union(STR, NULL)),
        Field("word_highlights_opacity", "word_highlights_opacity", union(FLOAT, NULL)),
        Field("word_highlights_border_radius", "word_highlights_border_radius", union(FLOAT, NULL)),
        Field("word_highlights_blur", "word_highlights_blur", union(FLOAT, NULL)),
        Field("section_animation", "section_animation", union(object_of("CaptionStyleSectionAnimationModel"), NULL)),
        Field("word_animation", "word_animation", union(object_of("CaptionStyleWordAnimationModel"), NULL)),
        Field(
            "character_animation", "character_animation", union(object_of("CaptionStyleCharacterAnimationModel"), NULL)
        ),
        Field("cursor_enabled", "cursor_enabled", union(BOOL, NULL)),
        Field("width_pct", "width_pct", union(FLOAT, NULL)),
        Field(
            "horizontal_placement",
            "horizontal_placement",
            union(object_of("CaptionStyleHorizontalPlacementModel"), NULL),
        ),
        Field("vertical_placement", "vertical_placement", union(object_of("CaptionStyleVerticalPlacementModel"), NULL)),
        Field("auto_break_enabled", "auto_break_enabled", union(BOOL, NULL)),
        Field("max_lines_per_section", "max_lines_per_section", union(INT, NULL)),
        Field("max_words_per_line", "max_words_per_line", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.caption_style_character_animation_model import CaptionStyleCharacterAnimationModel
from ..models.caption_style_horizontal_placement_model import CaptionStyleHorizontalPlacementModel
from ..models.caption_style_section_animation_model import CaptionStyleSectionAnimationModel
from ..models.caption_style_template_model import CaptionStyleTemplateModel
from ..models.caption_style_vertical_placement_model import CaptionStyleVerticalPlacementModel
from ..models.caption_style_word_animation_model import CaptionStyleWordAnimationModel
from ..models.studio_text_style_outline_model import StudioTextStyleOutlineModel
from ..models.studio_text_style_shadow_model import StudioTextStyleShadowModel
