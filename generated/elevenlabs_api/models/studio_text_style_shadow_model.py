from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

T = TypeVar("T", bound="StudioTextStyleShadowModel")


@_attrs_define
class StudioTextStyleShadowModel:
    """Attributes:
    enabled (bool):
    color (str):
    opacity (float):
    blur (float):
    offset_x (float):
    offset_y (float):
    """

    enabled: bool

    color: str

    opacity: float

    blur: float

    offset_x: float

    offset_y: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        color = self.color

        opacity = self.opacity

        blur = self.blur

        offset_x = self.offset_x

        offset_y = self.offset_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not None:
            field_dict["enabled"] = enabled
        if color is not None:
            field_dict["color"] = color
        if opacity is not None:
            field_dict["opacity"] = opacity
        if blur is not None:
            field_dict["blur"] = blur
        if offset_x is not None:
            field_dict["offset_x"] = offset_x
        if offset_y is not None:
            field_dict["offset_y"] = offset_y
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        enabled = d.pop("enabled", MISSING)
        if enabled is MISSING:
            enabled = missing_field(cls, "enabled")

        color = d.pop("color", MISSING)
        if color is MISSING:
            color = missing_field(cls, "color")

        opacity = d.pop("opacity", MISSING)
        if opacity is MISSING:
            opacity = missing_field(cls, "opacity")

        blur = d.pop("blur", MISSING)
        if blur is MISSING:
            blur = missing_field(cls, "blur")

        offset_x = d.pop("offset_x", MISSING)
        if offset_x is MISSING:
            offset_x = missing_field(cls, "offset_x")

        offset_y = d.pop("offset_y", MISSING)
        if offset_y is MISSING:
            offset_y = missing_field(cls, "offset_y")

        studio_text_style_shadow_model = cls(
            enabled=enabled,
            color=color,
            opacity=opacity,
            blur=blur,
            offset_x=offset_x,
            offset_y=offset_y,
        )
        studio_text_style_shadow_model.additional_properties = d
        return studio_text_style_shadow_model

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
