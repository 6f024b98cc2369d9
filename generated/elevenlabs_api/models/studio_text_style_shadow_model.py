from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="StudioTextStyleShadowModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StudioTextStyleShadowModel(Lazy):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "enabled",
        "color",
        "opacity",
        "blur",
        "offset_x",
        "offset_y",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        color = self.color

        opacity = self.opacity

        blur = self.blur

        offset_x = self.offset_x

        offset_y = self.offset_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not None or "enabled" not in self._missing_fields:
            field_dict["enabled"] = enabled
        if color is not None or "color" not in self._missing_fields:
            field_dict["color"] = color
        if opacity is not None or "opacity" not in self._missing_fields:
            field_dict["opacity"] = opacity
        if blur is not None or "blur" not in self._missing_fields:
            field_dict["blur"] = blur
        if offset_x is not None or "offset_x" not in self._missing_fields:
            field_dict["offset_x"] = offset_x
        if offset_y is not None or "offset_y" not in self._missing_fields:
            field_dict["offset_y"] = offset_y
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        studio_text_style_shadow_model = cls.__new__(cls)
        studio_text_style_shadow_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", True)

_read_color = plain_reader("color", (str,), "a string", True)

_read_opacity = plain_reader(
    "opacity",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_blur = plain_reader(
    "blur",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_offset_x = plain_reader(
    "offset_x",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_offset_y = plain_reader(
    "offset_y",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "color",
        "opacity",
        "blur",
        "offset_x",
        "offset_y",
    )
)


def _read_additional_properties(cls: type[StudioTextStyleShadowModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[StudioTextStyleShadowModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", MISSING)
    if enabled.__class__ is not bool:
        enabled = _read_enabled(cls, d)

    color = d.get("color", MISSING)
    if color.__class__ is not str:
        color = _read_color(cls, d)

    opacity = d.get("opacity", MISSING)
    if opacity.__class__ is not float and opacity.__class__ is not int:
        opacity = _read_opacity(cls, d)

    blur = d.get("blur", MISSING)
    if blur.__class__ is not float and blur.__class__ is not int:
        blur = _read_blur(cls, d)

    offset_x = d.get("offset_x", MISSING)
    if offset_x.__class__ is not float and offset_x.__class__ is not int:
        offset_x = _read_offset_x(cls, d)

    offset_y = d.get("offset_y", MISSING)
    if offset_y.__class__ is not float and offset_y.__class__ is not int:
        offset_y = _read_offset_y(cls, d)

    return {
        "enabled": enabled,
        "color": color,
        "opacity": opacity,
        "blur": blur,
        "offset_x": offset_x,
        "offset_y": offset_y,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    StudioTextStyleShadowModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "color": _read_color,
        "opacity": _read_opacity,
        "blur": _read_blur,
        "offset_x": _read_offset_x,
        "offset_y": _read_offset_y,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
