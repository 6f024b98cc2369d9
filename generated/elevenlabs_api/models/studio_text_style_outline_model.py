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

T = TypeVar("T", bound="StudioTextStyleOutlineModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class StudioTextStyleOutlineModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "enabled",
        "color",
        "opacity",
        "width",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        studio_text_style_outline_model = cls.__new__(cls)
        studio_text_style_outline_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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

_read_width = plain_reader(
    "width",
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
        "width",
    )
)


def _read_additional_properties(cls: type[StudioTextStyleOutlineModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[StudioTextStyleOutlineModel], d: Mapping[str, Any], known: Mapping[str, Any]
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

    width = d.get("width", MISSING)
    if width.__class__ is not float and width.__class__ is not int:
        width = _read_width(cls, d)

    return {
        "enabled": enabled,
        "color": color,
        "opacity": opacity,
        "width": width,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    StudioTextStyleOutlineModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "color": _read_color,
        "opacity": _read_opacity,
        "width": _read_width,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
