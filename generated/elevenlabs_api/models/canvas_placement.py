from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CanvasPlacement(Lazy, AdditionalProperties[Any]):
    """Defines asset positioning and transformation on canvas.

    Attributes:
        x_relative: Defaults to 0.5 on the server.
        y_relative: Defaults to 0.5 on the server.
        scale_x: Defaults to 1.0 on the server.
        scale_y: Defaults to 1.0 on the server.
        pivot_x: Defaults to 0.0 on the server.
        pivot_y: Defaults to 0.0 on the server.
        skew_x: Defaults to 0.0 on the server.
        skew_y: Defaults to 0.0 on the server.
        crop_top: Defaults to 0.0 on the server.
        crop_right: Defaults to 0.0 on the server.
        crop_bottom: Defaults to 0.0 on the server.
        crop_left: Defaults to 0.0 on the server.
        flip_x: Defaults to False on the server.
        flip_y: Defaults to False on the server.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("x_relative", "x_relative", FLOAT),
        Field("y_relative", "y_relative", FLOAT),
        Field("scale_x", "scale_x", FLOAT),
        Field("scale_y", "scale_y", FLOAT),
        Field("pivot_x", "pivot_x", FLOAT),
        Field("pivot_y", "pivot_y", FLOAT),
        Field("skew_x", "skew_x", FLOAT),
        Field("skew_y", "skew_y", FLOAT),
        Field("crop_top", "crop_top", FLOAT),
        Field("crop_right", "crop_right", FLOAT),
        Field("crop_bottom", "crop_bottom", FLOAT),
        Field("crop_left", "crop_left", FLOAT),
        Field("flip_x", "flip_x", BOOL),
        Field("flip_y", "flip_y", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
