from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CaptionStyleModelTextAlignType0,
    CaptionStyleModelTextBlendModeType0,
    CaptionStyleModelTextStyleType0,
    CaptionStyleModelTextTransformType0,
    CaptionStyleModelTextWeightType0,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CaptionStyleModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CaptionStyleModel(Lazy):
    """Attributes:
    template (CaptionStyleTemplateModel | None | Unset):
    text_font (None | str | Unset):
    text_scale (float | None | Unset):
    text_color (None | str | Unset):
    text_align (CaptionStyleModelTextAlignType0 | None | str | Unset):
    text_style (CaptionStyleModelTextStyleType0 | None | str | Unset):
    text_weight (CaptionStyleModelTextWeightType0 | None | str | Unset):
    text_transform (CaptionStyleModelTextTransformType0 | None | str | Unset):
    text_blend_mode (CaptionStyleModelTextBlendModeType0 | None | str | Unset):
    text_shadow (None | StudioTextStyleShadowModel | Unset):
    text_outline (None | StudioTextStyleOutlineModel | Unset):
    background_enabled (bool | None | Unset):
    background_color (None | str | Unset):
    background_opacity (float | None | Unset):
    background_blur (float | None | Unset):
    background_border_radius (float | None | Unset):
    word_highlights_enabled (bool | None | Unset):
    word_highlights_color (None | str | Unset):
    word_highlights_background_color (None | str | Unset):
    word_highlights_opacity (float | None | Unset):
    word_highlights_border_radius (float | None | Unset):
    word_highlights_blur (float | None | Unset):
    section_animation (CaptionStyleSectionAnimationModel | None | Unset):
    word_animation (CaptionStyleWordAnimationModel | None | Unset):
    character_animation (CaptionStyleCharacterAnimationModel | None | Unset):
    cursor_enabled (bool | None | Unset):
    width_pct (float | None | Unset):
    horizontal_placement (CaptionStyleHorizontalPlacementModel | None | Unset):
    vertical_placement (CaptionStyleVerticalPlacementModel | None | Unset):
    auto_break_enabled (bool | None | Unset):
    max_lines_per_section (int | None | Unset):
    max_words_per_line (int | None | Unset):
    """

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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        template: Any
        try:
            if isinstance(self.template, Unset):
                template = UNSET
            elif isinstance(self.template, CaptionStyleTemplateModel):
                template = self.template.to_dict()
            else:
                template = self.template

        except (AttributeError, TypeError):
            template = self.template

        text_font: Any
        try:
            text_font = self.text_font

        except (AttributeError, TypeError):
            text_font = self.text_font

        text_scale: Any
        try:
            text_scale = self.text_scale

        except (AttributeError, TypeError):
            text_scale = self.text_scale

        text_color: Any
        try:
            text_color = self.text_color

        except (AttributeError, TypeError):
            text_color = self.text_color

        text_align: Any
        try:
            if isinstance(self.text_align, Unset):
                text_align = UNSET
            elif isinstance(self.text_align, str):
                text_align = self.text_align
            else:
                text_align = self.text_align

        except (AttributeError, TypeError):
            text_align = self.text_align

        text_style: Any
        try:
            if isinstance(self.text_style, Unset):
                text_style = UNSET
            elif isinstance(self.text_style, str):
                text_style = self.text_style
            else:
                text_style = self.text_style

        except (AttributeError, TypeError):
            text_style = self.text_style

        text_weight: Any
        try:
            if isinstance(self.text_weight, Unset):
                text_weight = UNSET
            elif isinstance(self.text_weight, str):
                text_weight = self.text_weight
            else:
                text_weight = self.text_weight

        except (AttributeError, TypeError):
            text_weight = self.text_weight

        text_transform: Any
        try:
            if isinstance(self.text_transform, Unset):
                text_transform = UNSET
            elif isinstance(self.text_transform, str):
                text_transform = self.text_transform
            else:
                text_transform = self.text_transform

        except (AttributeError, TypeError):
            text_transform = self.text_transform

        text_blend_mode: Any
        try:
            if isinstance(self.text_blend_mode, Unset):
                text_blend_mode = UNSET
            elif isinstance(self.text_blend_mode, str):
                text_blend_mode = self.text_blend_mode
            else:
                text_blend_mode = self.text_blend_mode

        except (AttributeError, TypeError):
            text_blend_mode = self.text_blend_mode

        text_shadow: Any
        try:
            if isinstance(self.text_shadow, Unset):
                text_shadow = UNSET
            elif isinstance(self.text_shadow, StudioTextStyleShadowModel):
                text_shadow = self.text_shadow.to_dict()
            else:
                text_shadow = self.text_shadow

        except (AttributeError, TypeError):
            text_shadow = self.text_shadow

        text_outline: Any
        try:
            if isinstance(self.text_outline, Unset):
                text_outline = UNSET
            elif isinstance(self.text_outline, StudioTextStyleOutlineModel):
                text_outline = self.text_outline.to_dict()
            else:
                text_outline = self.text_outline

        except (AttributeError, TypeError):
            text_outline = self.text_outline

        background_enabled: Any
        try:
            background_enabled = self.background_enabled

        except (AttributeError, TypeError):
            background_enabled = self.background_enabled

        background_color: Any
        try:
            background_color = self.background_color

        except (AttributeError, TypeError):
            background_color = self.background_color

        background_opacity: Any
        try:
            background_opacity = self.background_opacity

        except (AttributeError, TypeError):
            background_opacity = self.background_opacity

        background_blur: Any
        try:
            background_blur = self.background_blur

        except (AttributeError, TypeError):
            background_blur = self.background_blur

        background_border_radius: Any
        try:
            background_border_radius = self.background_border_radius

        except (AttributeError, TypeError):
            background_border_radius = self.background_border_radius

        word_highlights_enabled: Any
        try:
            word_highlights_enabled = self.word_highlights_enabled

        except (AttributeError, TypeError):
            word_highlights_enabled = self.word_highlights_enabled

        word_highlights_color: Any
        try:
            word_highlights_color = self.word_highlights_color

        except (AttributeError, TypeError):
            word_highlights_color = self.word_highlights_color

        word_highlights_background_color: Any
        try:
            word_highlights_background_color = self.word_highlights_background_color

        except (AttributeError, TypeError):
            word_highlights_background_color = self.word_highlights_background_color

        word_highlights_opacity: Any
        try:
            word_highlights_opacity = self.word_highlights_opacity

        except (AttributeError, TypeError):
            word_highlights_opacity = self.word_highlights_opacity

        word_highlights_border_radius: Any
        try:
            word_highlights_border_radius = self.word_highlights_border_radius

        except (AttributeError, TypeError):
            word_highlights_border_radius = self.word_highlights_border_radius

        word_highlights_blur: Any
        try:
            word_highlights_blur = self.word_highlights_blur

        except (AttributeError, TypeError):
            word_highlights_blur = self.word_highlights_blur

        section_animation: Any
        try:
            if isinstance(self.section_animation, Unset):
                section_animation = UNSET
            elif isinstance(self.section_animation, CaptionStyleSectionAnimationModel):
                section_animation = self.section_animation.to_dict()
            else:
                section_animation = self.section_animation

        except (AttributeError, TypeError):
            section_animation = self.section_animation

        word_animation: Any
        try:
            if isinstance(self.word_animation, Unset):
                word_animation = UNSET
            elif isinstance(self.word_animation, CaptionStyleWordAnimationModel):
                word_animation = self.word_animation.to_dict()
            else:
                word_animation = self.word_animation

        except (AttributeError, TypeError):
            word_animation = self.word_animation

        character_animation: Any
        try:
            if isinstance(self.character_animation, Unset):
                character_animation = UNSET
            elif isinstance(self.character_animation, CaptionStyleCharacterAnimationModel):
                character_animation = self.character_animation.to_dict()
            else:
                character_animation = self.character_animation

        except (AttributeError, TypeError):
            character_animation = self.character_animation

        cursor_enabled: Any
        try:
            cursor_enabled = self.cursor_enabled

        except (AttributeError, TypeError):
            cursor_enabled = self.cursor_enabled

        width_pct: Any
        try:
            width_pct = self.width_pct

        except (AttributeError, TypeError):
            width_pct = self.width_pct

        horizontal_placement: Any
        try:
            if isinstance(self.horizontal_placement, Unset):
                horizontal_placement = UNSET
            elif isinstance(self.horizontal_placement, CaptionStyleHorizontalPlacementModel):
                horizontal_placement = self.horizontal_placement.to_dict()
            else:
                horizontal_placement = self.horizontal_placement

        except (AttributeError, TypeError):
            horizontal_placement = self.horizontal_placement

        vertical_placement: Any
        try:
            if isinstance(self.vertical_placement, Unset):
                vertical_placement = UNSET
            elif isinstance(self.vertical_placement, CaptionStyleVerticalPlacementModel):
                vertical_placement = self.vertical_placement.to_dict()
            else:
                vertical_placement = self.vertical_placement

        except (AttributeError, TypeError):
            vertical_placement = self.vertical_placement

        auto_break_enabled: Any
        try:
            auto_break_enabled = self.auto_break_enabled

        except (AttributeError, TypeError):
            auto_break_enabled = self.auto_break_enabled

        max_lines_per_section: Any
        try:
            max_lines_per_section = self.max_lines_per_section

        except (AttributeError, TypeError):
            max_lines_per_section = self.max_lines_per_section

        max_words_per_line: Any
        try:
            max_words_per_line = self.max_words_per_line

        except (AttributeError, TypeError):
            max_words_per_line = self.max_words_per_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if template is not UNSET:
            field_dict["template"] = template
        if text_font is not UNSET:
            field_dict["text_font"] = text_font
        if text_scale is not UNSET:
            field_dict["text_scale"] = text_scale
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if text_align is not UNSET:
            field_dict["text_align"] = text_align
        if text_style is not UNSET:
            field_dict["text_style"] = text_style
        if text_weight is not UNSET:
            field_dict["text_weight"] = text_weight
        if text_transform is not UNSET:
            field_dict["text_transform"] = text_transform
        if text_blend_mode is not UNSET:
            field_dict["text_blend_mode"] = text_blend_mode
        if text_shadow is not UNSET:
            field_dict["text_shadow"] = text_shadow
        if text_outline is not UNSET:
            field_dict["text_outline"] = text_outline
        if background_enabled is not UNSET:
            field_dict["background_enabled"] = background_enabled
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if background_opacity is not UNSET:
            field_dict["background_opacity"] = background_opacity
        if background_blur is not UNSET:
            field_dict["background_blur"] = background_blur
        if background_border_radius is not UNSET:
            field_dict["background_border_radius"] = background_border_radius
        if word_highlights_enabled is not UNSET:
            field_dict["word_highlights_enabled"] = word_highlights_enabled
        if word_highlights_color is not UNSET:
            field_dict["word_highlights_color"] = word_highlights_color
        if word_highlights_background_color is not UNSET:
            field_dict["word_highlights_background_color"] = word_highlights_background_color
        if word_highlights_opacity is not UNSET:
            field_dict["word_highlights_opacity"] = word_highlights_opacity
        if word_highlights_border_radius is not UNSET:
            field_dict["word_highlights_border_radius"] = word_highlights_border_radius
        if word_highlights_blur is not UNSET:
            field_dict["word_highlights_blur"] = word_highlights_blur
        if section_animation is not UNSET:
            field_dict["section_animation"] = section_animation
        if word_animation is not UNSET:
            field_dict["word_animation"] = word_animation
        if character_animation is not UNSET:
            field_dict["character_animation"] = character_animation
        if cursor_enabled is not UNSET:
            field_dict["cursor_enabled"] = cursor_enabled
        if width_pct is not UNSET:
            field_dict["width_pct"] = width_pct
        if horizontal_placement is not UNSET:
            field_dict["horizontal_placement"] = horizontal_placement
        if vertical_placement is not UNSET:
            field_dict["vertical_placement"] = vertical_placement
        if auto_break_enabled is not UNSET:
            field_dict["auto_break_enabled"] = auto_break_enabled
        if max_lines_per_section is not UNSET:
            field_dict["max_lines_per_section"] = max_lines_per_section
        if max_words_per_line is not UNSET:
            field_dict["max_words_per_line"] = max_words_per_line
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        caption_style_model = cls.__new__(cls)
        caption_style_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return caption_style_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_template(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    template_raw = d.get("template", UNSET)
    try:

        def _parse_template(data: object) -> CaptionStyleTemplateModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            template_type_0 = CaptionStyleTemplateModel.from_dict(data)

            return template_type_0

        template = _parse_template(template_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        template = deviating_field(cls, "template", template_raw)

    return template


_read_text_font = plain_reader(
    "text_font",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text_scale = plain_reader(
    "text_scale",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_text_color = plain_reader(
    "text_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text_align = plain_reader(
    "text_align",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_text_style = plain_reader(
    "text_style",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_text_weight = plain_reader(
    "text_weight",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_text_transform = plain_reader(
    "text_transform",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_text_blend_mode = plain_reader(
    "text_blend_mode",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_text_shadow(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    text_shadow_raw = d.get("text_shadow", UNSET)
    try:

        def _parse_text_shadow(data: object) -> None | StudioTextStyleShadowModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            text_shadow_type_0 = StudioTextStyleShadowModel.from_dict(data)

            return text_shadow_type_0

        text_shadow = _parse_text_shadow(text_shadow_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_shadow = deviating_field(cls, "text_shadow", text_shadow_raw)

    return text_shadow


def _read_text_outline(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    text_outline_raw = d.get("text_outline", UNSET)
    try:

        def _parse_text_outline(data: object) -> None | StudioTextStyleOutlineModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            text_outline_type_0 = StudioTextStyleOutlineModel.from_dict(data)

            return text_outline_type_0

        text_outline = _parse_text_outline(text_outline_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        text_outline = deviating_field(cls, "text_outline", text_outline_raw)

    return text_outline


_read_background_enabled = plain_reader(
    "background_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_background_color = plain_reader(
    "background_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_background_opacity = plain_reader(
    "background_opacity",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_background_blur = plain_reader(
    "background_blur",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_background_border_radius = plain_reader(
    "background_border_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_word_highlights_enabled = plain_reader(
    "word_highlights_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_word_highlights_color = plain_reader(
    "word_highlights_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_word_highlights_background_color = plain_reader(
    "word_highlights_background_color",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_word_highlights_opacity = plain_reader(
    "word_highlights_opacity",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_word_highlights_border_radius = plain_reader(
    "word_highlights_border_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_word_highlights_blur = plain_reader(
    "word_highlights_blur",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_section_animation(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    section_animation_raw = d.get("section_animation", UNSET)
    try:

        def _parse_section_animation(data: object) -> CaptionStyleSectionAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            section_animation_type_0 = CaptionStyleSectionAnimationModel.from_dict(data)

            return section_animation_type_0

        section_animation = _parse_section_animation(section_animation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        section_animation = deviating_field(cls, "section_animation", section_animation_raw)

    return section_animation


def _read_word_animation(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    word_animation_raw = d.get("word_animation", UNSET)
    try:

        def _parse_word_animation(data: object) -> CaptionStyleWordAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            word_animation_type_0 = CaptionStyleWordAnimationModel.from_dict(data)

            return word_animation_type_0

        word_animation = _parse_word_animation(word_animation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        word_animation = deviating_field(cls, "word_animation", word_animation_raw)

    return word_animation


def _read_character_animation(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    character_animation_raw = d.get("character_animation", UNSET)
    try:

        def _parse_character_animation(data: object) -> CaptionStyleCharacterAnimationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            character_animation_type_0 = CaptionStyleCharacterAnimationModel.from_dict(data)

            return character_animation_type_0

        character_animation = _parse_character_animation(character_animation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        character_animation = deviating_field(cls, "character_animation", character_animation_raw)

    return character_animation


_read_cursor_enabled = plain_reader(
    "cursor_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_width_pct = plain_reader(
    "width_pct",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_horizontal_placement(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    horizontal_placement_raw = d.get("horizontal_placement", UNSET)
    try:

        def _parse_horizontal_placement(data: object) -> CaptionStyleHorizontalPlacementModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            horizontal_placement_type_0 = CaptionStyleHorizontalPlacementModel.from_dict(data)

            return horizontal_placement_type_0

        horizontal_placement = _parse_horizontal_placement(horizontal_placement_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        horizontal_placement = deviating_field(cls, "horizontal_placement", horizontal_placement_raw)

    return horizontal_placement


def _read_vertical_placement(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> Any:
    vertical_placement_raw = d.get("vertical_placement", UNSET)
    try:

        def _parse_vertical_placement(data: object) -> CaptionStyleVerticalPlacementModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            vertical_placement_type_0 = CaptionStyleVerticalPlacementModel.from_dict(data)

            return vertical_placement_type_0

        vertical_placement = _parse_vertical_placement(vertical_placement_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        vertical_placement = deviating_field(cls, "vertical_placement", vertical_placement_raw)

    return vertical_placement


_read_auto_break_enabled = plain_reader(
    "auto_break_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_max_lines_per_section = plain_reader(
    "max_lines_per_section",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_max_words_per_line = plain_reader(
    "max_words_per_line",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "template",
        "text_font",
        "text_scale",
        "text_color",
        "text_align",
        "text_style",
        "text_weight",
        "text_transform",
        "text_blend_mode",
        "text_shadow",
        "text_outline",
        "background_enabled",
        "background_color",
        "background_opacity",
        "background_blur",
        "background_border_radius",
        "word_highlights_enabled",
        "word_highlights_color",
        "word_highlights_background_color",
        "word_highlights_opacity",
        "word_highlights_border_radius",
        "word_highlights_blur",
        "section_animation",
        "word_animation",
        "character_animation",
        "cursor_enabled",
        "width_pct",
        "horizontal_placement",
        "vertical_placement",
        "auto_break_enabled",
        "max_lines_per_section",
        "max_words_per_line",
    )
)


def _read_additional_properties(cls: type[CaptionStyleModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CaptionStyleModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "template" in known:
        template = known["template"]
    else:
        template = d.get("template", UNSET)
        if template is not UNSET and template is not None:
            template = _read_template(cls, d)

    text_font = d.get("text_font", UNSET)
    if text_font.__class__ is not str and text_font is not None and text_font is not UNSET:
        text_font = _read_text_font(cls, d)

    text_scale = d.get("text_scale", UNSET)
    if (
        text_scale.__class__ is not float
        and text_scale.__class__ is not int
        and text_scale is not None
        and text_scale is not UNSET
    ):
        text_scale = _read_text_scale(cls, d)

    text_color = d.get("text_color", UNSET)
    if text_color.__class__ is not str and text_color is not None and text_color is not UNSET:
        text_color = _read_text_color(cls, d)

    text_align = d.get("text_align", UNSET)
    if text_align is not None and text_align.__class__ is not str and text_align is not UNSET:
        text_align = _read_text_align(cls, d)

    text_style = d.get("text_style", UNSET)
    if text_style is not None and text_style.__class__ is not str and text_style is not UNSET:
        text_style = _read_text_style(cls, d)

    text_weight = d.get("text_weight", UNSET)
    if text_weight is not None and text_weight.__class__ is not str and text_weight is not UNSET:
        text_weight = _read_text_weight(cls, d)

    text_transform = d.get("text_transform", UNSET)
    if text_transform is not None and text_transform.__class__ is not str and text_transform is not UNSET:
        text_transform = _read_text_transform(cls, d)

    text_blend_mode = d.get("text_blend_mode", UNSET)
    if text_blend_mode is not None and text_blend_mode.__class__ is not str and text_blend_mode is not UNSET:
        text_blend_mode = _read_text_blend_mode(cls, d)

    if "text_shadow" in known:
        text_shadow = known["text_shadow"]
    else:
        text_shadow = d.get("text_shadow", UNSET)
        if text_shadow is not UNSET and text_shadow is not None:
            text_shadow = _read_text_shadow(cls, d)

    if "text_outline" in known:
        text_outline = known["text_outline"]
    else:
        text_outline = d.get("text_outline", UNSET)
        if text_outline is not UNSET and text_outline is not None:
            text_outline = _read_text_outline(cls, d)

    background_enabled = d.get("background_enabled", UNSET)
    if background_enabled.__class__ is not bool and background_enabled is not None and background_enabled is not UNSET:
        background_enabled = _read_background_enabled(cls, d)

    background_color = d.get("background_color", UNSET)
    if background_color.__class__ is not str and background_color is not None and background_color is not UNSET:
        background_color = _read_background_color(cls, d)

    background_opacity = d.get("background_opacity", UNSET)
    if (
        background_opacity.__class__ is not float
        and background_opacity.__class__ is not int
        and background_opacity is not None
        and background_opacity is not UNSET
    ):
        background_opacity = _read_background_opacity(cls, d)

    background_blur = d.get("background_blur", UNSET)
    if (
        background_blur.__class__ is not float
        and background_blur.__class__ is not int
        and background_blur is not None
        and background_blur is not UNSET
    ):
        background_blur = _read_background_blur(cls, d)

    background_border_radius = d.get("background_border_radius", UNSET)
    if (
        background_border_radius.__class__ is not float
        and background_border_radius.__class__ is not int
        and background_border_radius is not None
        and background_border_radius is not UNSET
    ):
        background_border_radius = _read_background_border_radius(cls, d)

    word_highlights_enabled = d.get("word_highlights_enabled", UNSET)
    if (
        word_highlights_enabled.__class__ is not bool
        and word_highlights_enabled is not None
        and word_highlights_enabled is not UNSET
    ):
        word_highlights_enabled = _read_word_highlights_enabled(cls, d)

    word_highlights_color = d.get("word_highlights_color", UNSET)
    if (
        word_highlights_color.__class__ is not str
        and word_highlights_color is not None
        and word_highlights_color is not UNSET
    ):
        word_highlights_color = _read_word_highlights_color(cls, d)

    word_highlights_background_color = d.get("word_highlights_background_color", UNSET)
    if (
        word_highlights_background_color.__class__ is not str
        and word_highlights_background_color is not None
        and word_highlights_background_color is not UNSET
    ):
        word_highlights_background_color = _read_word_highlights_background_color(cls, d)

    word_highlights_opacity = d.get("word_highlights_opacity", UNSET)
    if (
        word_highlights_opacity.__class__ is not float
        and word_highlights_opacity.__class__ is not int
        and word_highlights_opacity is not None
        and word_highlights_opacity is not UNSET
    ):
        word_highlights_opacity = _read_word_highlights_opacity(cls, d)

    word_highlights_border_radius = d.get("word_highlights_border_radius", UNSET)
    if (
        word_highlights_border_radius.__class__ is not float
        and word_highlights_border_radius.__class__ is not int
        and word_highlights_border_radius is not None
        and word_highlights_border_radius is not UNSET
    ):
        word_highlights_border_radius = _read_word_highlights_border_radius(cls, d)

    word_highlights_blur = d.get("word_highlights_blur", UNSET)
    if (
        word_highlights_blur.__class__ is not float
        and word_highlights_blur.__class__ is not int
        and word_highlights_blur is not None
        and word_highlights_blur is not UNSET
    ):
        word_highlights_blur = _read_word_highlights_blur(cls, d)

    if "section_animation" in known:
        section_animation = known["section_animation"]
    else:
        section_animation = d.get("section_animation", UNSET)
        if section_animation is not UNSET and section_animation is not None:
            section_animation = _read_section_animation(cls, d)

    if "word_animation" in known:
        word_animation = known["word_animation"]
    else:
        word_animation = d.get("word_animation", UNSET)
        if word_animation is not UNSET and word_animation is not None:
            word_animation = _read_word_animation(cls, d)

    if "character_animation" in known:
        character_animation = known["character_animation"]
    else:
        character_animation = d.get("character_animation", UNSET)
        if character_animation is not UNSET and character_animation is not None:
            character_animation = _read_character_animation(cls, d)

    cursor_enabled = d.get("cursor_enabled", UNSET)
    if cursor_enabled.__class__ is not bool and cursor_enabled is not None and cursor_enabled is not UNSET:
        cursor_enabled = _read_cursor_enabled(cls, d)

    width_pct = d.get("width_pct", UNSET)
    if (
        width_pct.__class__ is not float
        and width_pct.__class__ is not int
        and width_pct is not None
        and width_pct is not UNSET
    ):
        width_pct = _read_width_pct(cls, d)

    if "horizontal_placement" in known:
        horizontal_placement = known["horizontal_placement"]
    else:
        horizontal_placement = d.get("horizontal_placement", UNSET)
        if horizontal_placement is not UNSET and horizontal_placement is not None:
            horizontal_placement = _read_horizontal_placement(cls, d)

    if "vertical_placement" in known:
        vertical_placement = known["vertical_placement"]
    else:
        vertical_placement = d.get("vertical_placement", UNSET)
        if vertical_placement is not UNSET and vertical_placement is not None:
            vertical_placement = _read_vertical_placement(cls, d)

    auto_break_enabled = d.get("auto_break_enabled", UNSET)
    if auto_break_enabled.__class__ is not bool and auto_break_enabled is not None and auto_break_enabled is not UNSET:
        auto_break_enabled = _read_auto_break_enabled(cls, d)

    max_lines_per_section = d.get("max_lines_per_section", UNSET)
    if (
        max_lines_per_section.__class__ is not int
        and max_lines_per_section is not None
        and max_lines_per_section is not UNSET
    ):
        max_lines_per_section = _read_max_lines_per_section(cls, d)

    max_words_per_line = d.get("max_words_per_line", UNSET)
    if max_words_per_line.__class__ is not int and max_words_per_line is not None and max_words_per_line is not UNSET:
        max_words_per_line = _read_max_words_per_line(cls, d)

    return {
        "template": template,
        "text_font": text_font,
        "text_scale": text_scale,
        "text_color": text_color,
        "text_align": text_align,
        "text_style": text_style,
        "text_weight": text_weight,
        "text_transform": text_transform,
        "text_blend_mode": text_blend_mode,
        "text_shadow": text_shadow,
        "text_outline": text_outline,
        "background_enabled": background_enabled,
        "background_color": background_color,
        "background_opacity": background_opacity,
        "background_blur": background_blur,
        "background_border_radius": background_border_radius,
        "word_highlights_enabled": word_highlights_enabled,
        "word_highlights_color": word_highlights_color,
        "word_highlights_background_color": word_highlights_background_color,
        "word_highlights_opacity": word_highlights_opacity,
        "word_highlights_border_radius": word_highlights_border_radius,
        "word_highlights_blur": word_highlights_blur,
        "section_animation": section_animation,
        "word_animation": word_animation,
        "character_animation": character_animation,
        "cursor_enabled": cursor_enabled,
        "width_pct": width_pct,
        "horizontal_placement": horizontal_placement,
        "vertical_placement": vertical_placement,
        "auto_break_enabled": auto_break_enabled,
        "max_lines_per_section": max_lines_per_section,
        "max_words_per_line": max_words_per_line,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CaptionStyleModel,
    _all_fields,
    {
        "template": _read_template,
        "text_font": _read_text_font,
        "text_scale": _read_text_scale,
        "text_color": _read_text_color,
        "text_align": _read_text_align,
        "text_style": _read_text_style,
        "text_weight": _read_text_weight,
        "text_transform": _read_text_transform,
        "text_blend_mode": _read_text_blend_mode,
        "text_shadow": _read_text_shadow,
        "text_outline": _read_text_outline,
        "background_enabled": _read_background_enabled,
        "background_color": _read_background_color,
        "background_opacity": _read_background_opacity,
        "background_blur": _read_background_blur,
        "background_border_radius": _read_background_border_radius,
        "word_highlights_enabled": _read_word_highlights_enabled,
        "word_highlights_color": _read_word_highlights_color,
        "word_highlights_background_color": _read_word_highlights_background_color,
        "word_highlights_opacity": _read_word_highlights_opacity,
        "word_highlights_border_radius": _read_word_highlights_border_radius,
        "word_highlights_blur": _read_word_highlights_blur,
        "section_animation": _read_section_animation,
        "word_animation": _read_word_animation,
        "character_animation": _read_character_animation,
        "cursor_enabled": _read_cursor_enabled,
        "width_pct": _read_width_pct,
        "horizontal_placement": _read_horizontal_placement,
        "vertical_placement": _read_vertical_placement,
        "auto_break_enabled": _read_auto_break_enabled,
        "max_lines_per_section": _read_max_lines_per_section,
        "max_words_per_line": _read_max_words_per_line,
        "additional_properties": _read_additional_properties,
    },
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
