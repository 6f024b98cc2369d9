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

T = TypeVar("T", bound="CanvasPlacement")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CanvasPlacement(Lazy):
    """Defines asset positioning and transformation on canvas.

    Attributes:
        x_relative (float | Unset): Defaults to 0.5 on the server.
        y_relative (float | Unset): Defaults to 0.5 on the server.
        scale_x (float | Unset): Defaults to 1.0 on the server.
        scale_y (float | Unset): Defaults to 1.0 on the server.
        pivot_x (float | Unset): Defaults to 0.0 on the server.
        pivot_y (float | Unset): Defaults to 0.0 on the server.
        skew_x (float | Unset): Defaults to 0.0 on the server.
        skew_y (float | Unset): Defaults to 0.0 on the server.
        crop_top (float | Unset): Defaults to 0.0 on the server.
        crop_right (float | Unset): Defaults to 0.0 on the server.
        crop_bottom (float | Unset): Defaults to 0.0 on the server.
        crop_left (float | Unset): Defaults to 0.0 on the server.
        flip_x (bool | Unset): Defaults to False on the server.
        flip_y (bool | Unset): Defaults to False on the server.
    """

    x_relative: float | Unset = UNSET

    y_relative: float | Unset = UNSET

    scale_x: float | Unset = UNSET

    scale_y: float | Unset = UNSET

    pivot_x: float | Unset = UNSET

    pivot_y: float | Unset = UNSET

    skew_x: float | Unset = UNSET

    skew_y: float | Unset = UNSET

    crop_top: float | Unset = UNSET

    crop_right: float | Unset = UNSET

    crop_bottom: float | Unset = UNSET

    crop_left: float | Unset = UNSET

    flip_x: bool | Unset = UNSET

    flip_y: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        x_relative = self.x_relative

        y_relative = self.y_relative

        scale_x = self.scale_x

        scale_y = self.scale_y

        pivot_x = self.pivot_x

        pivot_y = self.pivot_y

        skew_x = self.skew_x

        skew_y = self.skew_y

        crop_top = self.crop_top

        crop_right = self.crop_right

        crop_bottom = self.crop_bottom

        crop_left = self.crop_left

        flip_x = self.flip_x

        flip_y = self.flip_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if x_relative is not UNSET:
            field_dict["x_relative"] = x_relative
        if y_relative is not UNSET:
            field_dict["y_relative"] = y_relative
        if scale_x is not UNSET:
            field_dict["scale_x"] = scale_x
        if scale_y is not UNSET:
            field_dict["scale_y"] = scale_y
        if pivot_x is not UNSET:
            field_dict["pivot_x"] = pivot_x
        if pivot_y is not UNSET:
            field_dict["pivot_y"] = pivot_y
        if skew_x is not UNSET:
            field_dict["skew_x"] = skew_x
        if skew_y is not UNSET:
            field_dict["skew_y"] = skew_y
        if crop_top is not UNSET:
            field_dict["crop_top"] = crop_top
        if crop_right is not UNSET:
            field_dict["crop_right"] = crop_right
        if crop_bottom is not UNSET:
            field_dict["crop_bottom"] = crop_bottom
        if crop_left is not UNSET:
            field_dict["crop_left"] = crop_left
        if flip_x is not UNSET:
            field_dict["flip_x"] = flip_x
        if flip_y is not UNSET:
            field_dict["flip_y"] = flip_y
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        canvas_placement = cls.__new__(cls)
        canvas_placement.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return canvas_placement

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


_read_x_relative = plain_reader(
    "x_relative",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_y_relative = plain_reader(
    "y_relative",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_scale_x = plain_reader(
    "scale_x",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_scale_y = plain_reader(
    "scale_y",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_pivot_x = plain_reader(
    "pivot_x",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_pivot_y = plain_reader(
    "pivot_y",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_skew_x = plain_reader(
    "skew_x",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_skew_y = plain_reader(
    "skew_y",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_crop_top = plain_reader(
    "crop_top",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_crop_right = plain_reader(
    "crop_right",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_crop_bottom = plain_reader(
    "crop_bottom",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_crop_left = plain_reader(
    "crop_left",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_flip_x = plain_reader("flip_x", (bool,), "a boolean", False)

_read_flip_y = plain_reader("flip_y", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "x_relative",
        "y_relative",
        "scale_x",
        "scale_y",
        "pivot_x",
        "pivot_y",
        "skew_x",
        "skew_y",
        "crop_top",
        "crop_right",
        "crop_bottom",
        "crop_left",
        "flip_x",
        "flip_y",
    )
)


def _read_additional_properties(cls: type[CanvasPlacement], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CanvasPlacement], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    x_relative = d.get("x_relative", UNSET)
    if x_relative.__class__ is not float and x_relative.__class__ is not int and x_relative is not UNSET:
        x_relative = _read_x_relative(cls, d)

    y_relative = d.get("y_relative", UNSET)
    if y_relative.__class__ is not float and y_relative.__class__ is not int and y_relative is not UNSET:
        y_relative = _read_y_relative(cls, d)

    scale_x = d.get("scale_x", UNSET)
    if scale_x.__class__ is not float and scale_x.__class__ is not int and scale_x is not UNSET:
        scale_x = _read_scale_x(cls, d)

    scale_y = d.get("scale_y", UNSET)
    if scale_y.__class__ is not float and scale_y.__class__ is not int and scale_y is not UNSET:
        scale_y = _read_scale_y(cls, d)

    pivot_x = d.get("pivot_x", UNSET)
    if pivot_x.__class__ is not float and pivot_x.__class__ is not int and pivot_x is not UNSET:
        pivot_x = _read_pivot_x(cls, d)

    pivot_y = d.get("pivot_y", UNSET)
    if pivot_y.__class__ is not float and pivot_y.__class__ is not int and pivot_y is not UNSET:
        pivot_y = _read_pivot_y(cls, d)

    skew_x = d.get("skew_x", UNSET)
    if skew_x.__class__ is not float and skew_x.__class__ is not int and skew_x is not UNSET:
        skew_x = _read_skew_x(cls, d)

    skew_y = d.get("skew_y", UNSET)
    if skew_y.__class__ is not float and skew_y.__class__ is not int and skew_y is not UNSET:
        skew_y = _read_skew_y(cls, d)

    crop_top = d.get("crop_top", UNSET)
    if crop_top.__class__ is not float and crop_top.__class__ is not int and crop_top is not UNSET:
        crop_top = _read_crop_top(cls, d)

    crop_right = d.get("crop_right", UNSET)
    if crop_right.__class__ is not float and crop_right.__class__ is not int and crop_right is not UNSET:
        crop_right = _read_crop_right(cls, d)

    crop_bottom = d.get("crop_bottom", UNSET)
    if crop_bottom.__class__ is not float and crop_bottom.__class__ is not int and crop_bottom is not UNSET:
        crop_bottom = _read_crop_bottom(cls, d)

    crop_left = d.get("crop_left", UNSET)
    if crop_left.__class__ is not float and crop_left.__class__ is not int and crop_left is not UNSET:
        crop_left = _read_crop_left(cls, d)

    flip_x = d.get("flip_x", UNSET)
    if flip_x.__class__ is not bool and flip_x is not UNSET:
        flip_x = _read_flip_x(cls, d)

    flip_y = d.get("flip_y", UNSET)
    if flip_y.__class__ is not bool and flip_y is not UNSET:
        flip_y = _read_flip_y(cls, d)

    return {
        "x_relative": x_relative,
        "y_relative": y_relative,
        "scale_x": scale_x,
        "scale_y": scale_y,
        "pivot_x": pivot_x,
        "pivot_y": pivot_y,
        "skew_x": skew_x,
        "skew_y": skew_y,
        "crop_top": crop_top,
        "crop_right": crop_right,
        "crop_bottom": crop_bottom,
        "crop_left": crop_left,
        "flip_x": flip_x,
        "flip_y": flip_y,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    CanvasPlacement,
    _all_fields,
    {
        "x_relative": _read_x_relative,
        "y_relative": _read_y_relative,
        "scale_x": _read_scale_x,
        "scale_y": _read_scale_y,
        "pivot_x": _read_pivot_x,
        "pivot_y": _read_pivot_y,
        "skew_x": _read_skew_x,
        "skew_y": _read_skew_y,
        "crop_top": _read_crop_top,
        "crop_right": _read_crop_right,
        "crop_bottom": _read_crop_bottom,
        "crop_left": _read_crop_left,
        "flip_x": _read_flip_x,
        "flip_y": _read_flip_y,
        "additional_properties": _read_additional_properties,
    },
)
