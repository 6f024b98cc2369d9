from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WidgetStyles")


@_attrs_define
class WidgetStyles:
    """Attributes:
    base (None | str | Unset): The base background color.
    base_hover (None | str | Unset): The color of the base background when hovered.
    base_active (None | str | Unset): The color of the base background when active (clicked).
    base_border (None | str | Unset): The color of the border against the base background.
    base_subtle (None | str | Unset): The color of subtle text against the base background.
    base_primary (None | str | Unset): The color of primary text against the base background.
    base_error (None | str | Unset): The color of error text against the base background.
    accent (None | str | Unset): The accent background color.
    accent_hover (None | str | Unset): The color of the accent background when hovered.
    accent_active (None | str | Unset): The color of the accent background when active (clicked).
    accent_border (None | str | Unset): The color of the border against the accent background.
    accent_subtle (None | str | Unset): The color of subtle text against the accent background.
    accent_primary (None | str | Unset): The color of primary text against the accent background.
    overlay_padding (float | None | Unset): The padding around the edges of the viewport.
    button_radius (float | None | Unset): The radius of the buttons.
    input_radius (float | None | Unset): The radius of the input fields.
    bubble_radius (float | None | Unset): The radius of the chat bubbles.
    sheet_radius (float | None | Unset): The default radius of sheets.
    compact_sheet_radius (float | None | Unset): The radius of the sheet in compact mode.
    dropdown_sheet_radius (float | None | Unset): The radius of the dropdown sheet.
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

    def to_dict(self) -> dict[str, Any]:
        base: None | str | Unset = self.base

        base_hover: None | str | Unset = self.base_hover

        base_active: None | str | Unset = self.base_active

        base_border: None | str | Unset = self.base_border

        base_subtle: None | str | Unset = self.base_subtle

        base_primary: None | str | Unset = self.base_primary

        base_error: None | str | Unset = self.base_error

        accent: None | str | Unset = self.accent

        accent_hover: None | str | Unset = self.accent_hover

        accent_active: None | str | Unset = self.accent_active

        accent_border: None | str | Unset = self.accent_border

        accent_subtle: None | str | Unset = self.accent_subtle

        accent_primary: None | str | Unset = self.accent_primary

        overlay_padding: float | None | Unset = self.overlay_padding

        button_radius: float | None | Unset = self.button_radius

        input_radius: float | None | Unset = self.input_radius

        bubble_radius: float | None | Unset = self.bubble_radius

        sheet_radius: float | None | Unset = self.sheet_radius

        compact_sheet_radius: float | None | Unset = self.compact_sheet_radius

        dropdown_sheet_radius: float | None | Unset = self.dropdown_sheet_radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if base is not UNSET:
            field_dict["base"] = base
        if base_hover is not UNSET:
            field_dict["base_hover"] = base_hover
        if base_active is not UNSET:
            field_dict["base_active"] = base_active
        if base_border is not UNSET:
            field_dict["base_border"] = base_border
        if base_subtle is not UNSET:
            field_dict["base_subtle"] = base_subtle
        if base_primary is not UNSET:
            field_dict["base_primary"] = base_primary
        if base_error is not UNSET:
            field_dict["base_error"] = base_error
        if accent is not UNSET:
            field_dict["accent"] = accent
        if accent_hover is not UNSET:
            field_dict["accent_hover"] = accent_hover
        if accent_active is not UNSET:
            field_dict["accent_active"] = accent_active
        if accent_border is not UNSET:
            field_dict["accent_border"] = accent_border
        if accent_subtle is not UNSET:
            field_dict["accent_subtle"] = accent_subtle
        if accent_primary is not UNSET:
            field_dict["accent_primary"] = accent_primary
        if overlay_padding is not UNSET:
            field_dict["overlay_padding"] = overlay_padding
        if button_radius is not UNSET:
            field_dict["button_radius"] = button_radius
        if input_radius is not UNSET:
            field_dict["input_radius"] = input_radius
        if bubble_radius is not UNSET:
            field_dict["bubble_radius"] = bubble_radius
        if sheet_radius is not UNSET:
            field_dict["sheet_radius"] = sheet_radius
        if compact_sheet_radius is not UNSET:
            field_dict["compact_sheet_radius"] = compact_sheet_radius
        if dropdown_sheet_radius is not UNSET:
            field_dict["dropdown_sheet_radius"] = dropdown_sheet_radius
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base = d.pop("base", UNSET)

        base_hover = d.pop("base_hover", UNSET)

        base_active = d.pop("base_active", UNSET)

        base_border = d.pop("base_border", UNSET)

        base_subtle = d.pop("base_subtle", UNSET)

        base_primary = d.pop("base_primary", UNSET)

        base_error = d.pop("base_error", UNSET)

        accent = d.pop("accent", UNSET)

        accent_hover = d.pop("accent_hover", UNSET)

        accent_active = d.pop("accent_active", UNSET)

        accent_border = d.pop("accent_border", UNSET)

        accent_subtle = d.pop("accent_subtle", UNSET)

        accent_primary = d.pop("accent_primary", UNSET)

        overlay_padding = d.pop("overlay_padding", UNSET)

        button_radius = d.pop("button_radius", UNSET)

        input_radius = d.pop("input_radius", UNSET)

        bubble_radius = d.pop("bubble_radius", UNSET)

        sheet_radius = d.pop("sheet_radius", UNSET)

        compact_sheet_radius = d.pop("compact_sheet_radius", UNSET)

        dropdown_sheet_radius = d.pop("dropdown_sheet_radius", UNSET)

        widget_styles = cls(
            base=base,
            base_hover=base_hover,
            base_active=base_active,
            base_border=base_border,
            base_subtle=base_subtle,
            base_primary=base_primary,
            base_error=base_error,
            accent=accent,
            accent_hover=accent_hover,
            accent_active=accent_active,
            accent_border=accent_border,
            accent_subtle=accent_subtle,
            accent_primary=accent_primary,
            overlay_padding=overlay_padding,
            button_radius=button_radius,
            input_radius=input_radius,
            bubble_radius=bubble_radius,
            sheet_radius=sheet_radius,
            compact_sheet_radius=compact_sheet_radius,
            dropdown_sheet_radius=dropdown_sheet_radius,
        )
        widget_styles.additional_properties = d
        return widget_styles

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
