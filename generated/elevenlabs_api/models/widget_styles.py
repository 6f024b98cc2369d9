from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WidgetStyles(Lazy, AdditionalProperties[Any]):
    """Attributes:
    base: The base background color.
    base_hover: The color of the base background when hovered.
    base_active: The color of the base background when active (clicked).
    base_border: The color of the border against the base background.
    base_subtle: The color of subtle text against the base background.
    base_primary: The color of primary text against the base background.
    base_error: The color of error text against the base background.
    accent: The accent background color.
    accent_hover: The color of the accent background when hovered.
    accent_active: The color of the accent background when active (clicked).
    accent_border: The color of the border against the accent background.
    accent_subtle: The color of subtle text against the accent background.
    accent_primary: The color of primary text against the accent background.
    overlay_padding: The padding around the edges of the viewport.
    button_radius: The radius of the buttons.
    input_radius: The radius of the input fields.
    bubble_radius: The radius of the chat bubbles.
    sheet_radius: The default radius of sheets.
    compact_sheet_radius: The radius of the sheet in compact mode.
    dropdown_sheet_radius: The radius of the dropdown sheet.
    """

    base: None | str | Unset = UNSET

    base_hover: None | str | Unset = UNSET

    base_active: None | str | Unset = UNSET

    base_border: None | str | Unset = UNSET

    base_subtle: None | str | Unset = UNSET

    base_primary: None | str | Unset = UNSET

    base_error: None | str | Unset = UNSET

    accent: None | str | Unset = UNSET

    accent_hover: None | str | Unset = UNSET

    accent_active: None | str | Unset = UNSET

    accent_border: None | str | Unset = UNSET

    accent_subtle: None | str | Unset = UNSET

    accent_primary: None | str | Unset = UNSET

    overlay_padding: float | None | Unset = UNSET

    button_radius: float | None | Unset = UNSET

    input_radius: float | None | Unset = UNSET

    bubble_radius: float | None | Unset = UNSET

    sheet_radius: float | None | Unset = UNSET

    compact_sheet_radius: float | None | Unset = UNSET

    dropdown_sheet_radius: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("base", "base", union(STR, NULL)),
        Field("base_hover", "base_hover", union(STR, NULL)),
        Field("base_active", "base_active", union(STR, NULL)),
        Field("base_border", "base_border", union(STR, NULL)),
        Field("base_subtle", "base_subtle", union(STR, NULL)),
        Field("base_primary", "base_primary", union(STR, NULL)),
        Field("base_error", "base_error", union(STR, NULL)),
        Field("accent", "accent", union(STR, NULL)),
        Field("accent_hover", "accent_hover", union(STR, NULL)),
        Field("accent_active", "accent_active", union(STR, NULL)),
        Field("accent_border", "accent_border", union(STR, NULL)),
        Field("accent_subtle", "accent_subtle", union(STR, NULL)),
        Field("accent_primary", "accent_primary", union(STR, NULL)),
        Field("overlay_padding", "overlay_padding", union(FLOAT, NULL)),
        Field("button_radius", "button_radius", union(FLOAT, NULL)),
        Field("input_radius", "input_radius", union(FLOAT, NULL)),
        Field("bubble_radius", "bubble_radius", union(FLOAT, NULL)),
        Field("sheet_radius", "sheet_radius", union(FLOAT, NULL)),
        Field("compact_sheet_radius", "compact_sheet_radius", union(FLOAT, NULL)),
        Field("dropdown_sheet_radius", "dropdown_sheet_radius", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
