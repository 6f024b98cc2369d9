from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WidgetStyles")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WidgetStyles(Lazy):
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
        if self._lazy is not None:
            read_all(self)
        base: Any
        try:
            base = self.base

        except (AttributeError, TypeError):
            base = self.base

        base_hover: Any
        try:
            base_hover = self.base_hover

        except (AttributeError, TypeError):
            base_hover = self.base_hover

        base_active: Any
        try:
            base_active = self.base_active

        except (AttributeError, TypeError):
            base_active = self.base_active

        base_border: Any
        try:
            base_border = self.base_border

        except (AttributeError, TypeError):
            base_border = self.base_border

        base_subtle: Any
        try:
            base_subtle = self.base_subtle

        except (AttributeError, TypeError):
            base_subtle = self.base_subtle

        base_primary: Any
        try:
            base_primary = self.base_primary

        except (AttributeError, TypeError):
            base_primary = self.base_primary

        base_error: Any
        try:
            base_error = self.base_error

        except (AttributeError, TypeError):
            base_error = self.base_error

        accent: Any
        try:
            accent = self.accent

        except (AttributeError, TypeError):
            accent = self.accent

        accent_hover: Any
        try:
            accent_hover = self.accent_hover

        except (AttributeError, TypeError):
            accent_hover = self.accent_hover

        accent_active: Any
        try:
            accent_active = self.accent_active

        except (AttributeError, TypeError):
            accent_active = self.accent_active

        accent_border: Any
        try:
            accent_border = self.accent_border

        except (AttributeError, TypeError):
            accent_border = self.accent_border

        accent_subtle: Any
        try:
            accent_subtle = self.accent_subtle

        except (AttributeError, TypeError):
            accent_subtle = self.accent_subtle

        accent_primary: Any
        try:
            accent_primary = self.accent_primary

        except (AttributeError, TypeError):
            accent_primary = self.accent_primary

        overlay_padding: Any
        try:
            overlay_padding = self.overlay_padding

        except (AttributeError, TypeError):
            overlay_padding = self.overlay_padding

        button_radius: Any
        try:
            button_radius = self.button_radius

        except (AttributeError, TypeError):
            button_radius = self.button_radius

        input_radius: Any
        try:
            input_radius = self.input_radius

        except (AttributeError, TypeError):
            input_radius = self.input_radius

        bubble_radius: Any
        try:
            bubble_radius = self.bubble_radius

        except (AttributeError, TypeError):
            bubble_radius = self.bubble_radius

        sheet_radius: Any
        try:
            sheet_radius = self.sheet_radius

        except (AttributeError, TypeError):
            sheet_radius = self.sheet_radius

        compact_sheet_radius: Any
        try:
            compact_sheet_radius = self.compact_sheet_radius

        except (AttributeError, TypeError):
            compact_sheet_radius = self.compact_sheet_radius

        dropdown_sheet_radius: Any
        try:
            dropdown_sheet_radius = self.dropdown_sheet_radius

        except (AttributeError, TypeError):
            dropdown_sheet_radius = self.dropdown_sheet_radius

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        widget_styles = cls.__new__(cls)
        widget_styles.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_base = plain_reader(
    "base",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_hover = plain_reader(
    "base_hover",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_active = plain_reader(
    "base_active",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_border = plain_reader(
    "base_border",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_subtle = plain_reader(
    "base_subtle",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_primary = plain_reader(
    "base_primary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_base_error = plain_reader(
    "base_error",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent = plain_reader(
    "accent",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent_hover = plain_reader(
    "accent_hover",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent_active = plain_reader(
    "accent_active",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent_border = plain_reader(
    "accent_border",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent_subtle = plain_reader(
    "accent_subtle",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_accent_primary = plain_reader(
    "accent_primary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_overlay_padding = plain_reader(
    "overlay_padding",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_button_radius = plain_reader(
    "button_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_input_radius = plain_reader(
    "input_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_bubble_radius = plain_reader(
    "bubble_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_sheet_radius = plain_reader(
    "sheet_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_compact_sheet_radius = plain_reader(
    "compact_sheet_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_dropdown_sheet_radius = plain_reader(
    "dropdown_sheet_radius",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "base",
        "base_hover",
        "base_active",
        "base_border",
        "base_subtle",
        "base_primary",
        "base_error",
        "accent",
        "accent_hover",
        "accent_active",
        "accent_border",
        "accent_subtle",
        "accent_primary",
        "overlay_padding",
        "button_radius",
        "input_radius",
        "bubble_radius",
        "sheet_radius",
        "compact_sheet_radius",
        "dropdown_sheet_radius",
    )
)


def _read_additional_properties(cls: type[WidgetStyles], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WidgetStyles], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    base = d.get("base", UNSET)
    if base.__class__ is not str and base is not None and base is not UNSET:
        base = _read_base(cls, d)

    base_hover = d.get("base_hover", UNSET)
    if base_hover.__class__ is not str and base_hover is not None and base_hover is not UNSET:
        base_hover = _read_base_hover(cls, d)

    base_active = d.get("base_active", UNSET)
    if base_active.__class__ is not str and base_active is not None and base_active is not UNSET:
        base_active = _read_base_active(cls, d)

    base_border = d.get("base_border", UNSET)
    if base_border.__class__ is not str and base_border is not None and base_border is not UNSET:
        base_border = _read_base_border(cls, d)

    base_subtle = d.get("base_subtle", UNSET)
    if base_subtle.__class__ is not str and base_subtle is not None and base_subtle is not UNSET:
        base_subtle = _read_base_subtle(cls, d)

    base_primary = d.get("base_primary", UNSET)
    if base_primary.__class__ is not str and base_primary is not None and base_primary is not UNSET:
        base_primary = _read_base_primary(cls, d)

    base_error = d.get("base_error", UNSET)
    if base_error.__class__ is not str and base_error is not None and base_error is not UNSET:
        base_error = _read_base_error(cls, d)

    accent = d.get("accent", UNSET)
    if accent.__class__ is not str and accent is not None and accent is not UNSET:
        accent = _read_accent(cls, d)

    accent_hover = d.get("accent_hover", UNSET)
    if accent_hover.__class__ is not str and accent_hover is not None and accent_hover is not UNSET:
        accent_hover = _read_accent_hover(cls, d)

    accent_active = d.get("accent_active", UNSET)
    if accent_active.__class__ is not str and accent_active is not None and accent_active is not UNSET:
        accent_active = _read_accent_active(cls, d)

    accent_border = d.get("accent_border", UNSET)
    if accent_border.__class__ is not str and accent_border is not None and accent_border is not UNSET:
        accent_border = _read_accent_border(cls, d)

    accent_subtle = d.get("accent_subtle", UNSET)
    if accent_subtle.__class__ is not str and accent_subtle is not None and accent_subtle is not UNSET:
        accent_subtle = _read_accent_subtle(cls, d)

    accent_primary = d.get("accent_primary", UNSET)
    if accent_primary.__class__ is not str and accent_primary is not None and accent_primary is not UNSET:
        accent_primary = _read_accent_primary(cls, d)

    overlay_padding = d.get("overlay_padding", UNSET)
    if (
        overlay_padding.__class__ is not float
        and overlay_padding.__class__ is not int
        and overlay_padding is not None
        and overlay_padding is not UNSET
    ):
        overlay_padding = _read_overlay_padding(cls, d)

    button_radius = d.get("button_radius", UNSET)
    if (
        button_radius.__class__ is not float
        and button_radius.__class__ is not int
        and button_radius is not None
        and button_radius is not UNSET
    ):
        button_radius = _read_button_radius(cls, d)

    input_radius = d.get("input_radius", UNSET)
    if (
        input_radius.__class__ is not float
        and input_radius.__class__ is not int
        and input_radius is not None
        and input_radius is not UNSET
    ):
        input_radius = _read_input_radius(cls, d)

    bubble_radius = d.get("bubble_radius", UNSET)
    if (
        bubble_radius.__class__ is not float
        and bubble_radius.__class__ is not int
        and bubble_radius is not None
        and bubble_radius is not UNSET
    ):
        bubble_radius = _read_bubble_radius(cls, d)

    sheet_radius = d.get("sheet_radius", UNSET)
    if (
        sheet_radius.__class__ is not float
        and sheet_radius.__class__ is not int
        and sheet_radius is not None
        and sheet_radius is not UNSET
    ):
        sheet_radius = _read_sheet_radius(cls, d)

    compact_sheet_radius = d.get("compact_sheet_radius", UNSET)
    if (
        compact_sheet_radius.__class__ is not float
        and compact_sheet_radius.__class__ is not int
        and compact_sheet_radius is not None
        and compact_sheet_radius is not UNSET
    ):
        compact_sheet_radius = _read_compact_sheet_radius(cls, d)

    dropdown_sheet_radius = d.get("dropdown_sheet_radius", UNSET)
    if (
        dropdown_sheet_radius.__class__ is not float
        and dropdown_sheet_radius.__class__ is not int
        and dropdown_sheet_radius is not None
        and dropdown_sheet_radius is not UNSET
    ):
        dropdown_sheet_radius = _read_dropdown_sheet_radius(cls, d)

    return {
        "base": base,
        "base_hover": base_hover,
        "base_active": base_active,
        "base_border": base_border,
        "base_subtle": base_subtle,
        "base_primary": base_primary,
        "base_error": base_error,
        "accent": accent,
        "accent_hover": accent_hover,
        "accent_active": accent_active,
        "accent_border": accent_border,
        "accent_subtle": accent_subtle,
        "accent_primary": accent_primary,
        "overlay_padding": overlay_padding,
        "button_radius": button_radius,
        "input_radius": input_radius,
        "bubble_radius": bubble_radius,
        "sheet_radius": sheet_radius,
        "compact_sheet_radius": compact_sheet_radius,
        "dropdown_sheet_radius": dropdown_sheet_radius,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WidgetStyles,
    _all_fields,
    {
        "base": _read_base,
        "base_hover": _read_base_hover,
        "base_active": _read_base_active,
        "base_border": _read_base_border,
        "base_subtle": _read_base_subtle,
        "base_primary": _read_base_primary,
        "base_error": _read_base_error,
        "accent": _read_accent,
        "accent_hover": _read_accent_hover,
        "accent_active": _read_accent_active,
        "accent_border": _read_accent_border,
        "accent_subtle": _read_accent_subtle,
        "accent_primary": _read_accent_primary,
        "overlay_padding": _read_overlay_padding,
        "button_radius": _read_button_radius,
        "input_radius": _read_input_radius,
        "bubble_radius": _read_bubble_radius,
        "sheet_radius": _read_sheet_radius,
        "compact_sheet_radius": _read_compact_sheet_radius,
        "dropdown_sheet_radius": _read_dropdown_sheet_radius,
        "additional_properties": _read_additional_properties,
    },
)
