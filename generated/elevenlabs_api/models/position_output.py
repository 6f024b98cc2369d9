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

T = TypeVar("T", bound="PositionOutput")


@_attrs_define
class PositionOutput:
    """Attributes:
    x (float):  Default: 0.0.
    y (float):  Default: 0.0.
    """

    x: float = 0.0

    y: float = 0.0

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if x is not None or "x" not in self._missing_fields:
            field_dict["x"] = x
        if y is not None or "y" not in self._missing_fields:
            field_dict["y"] = y
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        x = d.pop("x", MISSING)
        if x.__class__ is not float and x.__class__ is not int:
            if x is MISSING:
                x = missing_field(cls, "x")
                _missing += ("x",)
            else:
                x = unexpected_type(cls, "x", x, "a number")

        y = d.pop("y", MISSING)
        if y.__class__ is not float and y.__class__ is not int:
            if y is MISSING:
                y = missing_field(cls, "y")
                _missing += ("y",)
            else:
                y = unexpected_type(cls, "y", y, "a number")

        position_output = cls(
            x=x,
            y=y,
        )
        if _missing:
            position_output._missing_fields = _missing
        position_output.additional_properties = d
        return position_output

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
