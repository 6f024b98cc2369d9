from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="StudioTextStyleOutlineModel")


@_attrs_define
class StudioTextStyleOutlineModel:
    """Attributes:
    enabled (bool):
    color (str):
    opacity (float):
    width (float):
    """

    enabled: bool

    color: str

    opacity: float

    width: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        color = self.color

        opacity = self.opacity

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not None or "enabled" not in self._missing_fields:
            field_dict["enabled"] = enabled
        if color is not None or "color" not in self._missing_fields:
            field_dict["color"] = color
        if opacity is not None or "opacity" not in self._missing_fields:
            field_dict["opacity"] = opacity
        if width is not None or "width" not in self._missing_fields:
            field_dict["width"] = width
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        enabled = d.pop("enabled", MISSING)
        if enabled.__class__ is not bool:
            if enabled is MISSING:
                enabled = missing_field(cls, "enabled")
                _missing += ("enabled",)
            else:
                enabled = unexpected_type(cls, "enabled", enabled, "a boolean")

        color = d.pop("color", MISSING)
        if color.__class__ is not str:
            if color is MISSING:
                color = missing_field(cls, "color")
                _missing += ("color",)
            else:
                color = unexpected_type(cls, "color", color, "a string")

        opacity = d.pop("opacity", MISSING)
        if opacity.__class__ is not float and opacity.__class__ is not int:
            if opacity is MISSING:
                opacity = missing_field(cls, "opacity")
                _missing += ("opacity",)
            else:
                opacity = unexpected_type(cls, "opacity", opacity, "a number")

        width = d.pop("width", MISSING)
        if width.__class__ is not float and width.__class__ is not int:
            if width is MISSING:
                width = missing_field(cls, "width")
                _missing += ("width",)
            else:
                width = unexpected_type(cls, "width", width, "a number")

        studio_text_style_outline_model = cls(
            enabled=enabled,
            color=color,
            opacity=opacity,
            width=width,
        )
        if _missing:
            studio_text_style_outline_model._missing_fields = _missing
        studio_text_style_outline_model.additional_properties = d
        return studio_text_style_outline_model

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
