from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="PositionInput")


@_attrs_define
class PositionInput:
    """Attributes:
    x (float | Unset):  Default: 0.0.
    y (float | Unset):  Default: 0.0.
    """

    x: float | Unset = 0.0

    y: float | Unset = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        x = d.pop("x", UNSET)
        if x.__class__ is not float and x.__class__ is not int and x is not UNSET:
            x = unexpected_type(cls, "x", x, "a number")

        y = d.pop("y", UNSET)
        if y.__class__ is not float and y.__class__ is not int and y is not UNSET:
            y = unexpected_type(cls, "y", y, "a number")

        position_input = cls(
            x=x,
            y=y,
        )
        position_input.additional_properties = d
        return position_input

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
