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

T = TypeVar("T", bound="ConvAIDynamicVariable")


@_attrs_define
class ConvAIDynamicVariable:
    """Used to reference a dynamic variable.

    Attributes:
        variable_name (str):
    """

    variable_name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if variable_name is not None or "variable_name" not in self._missing_fields:
            field_dict["variable_name"] = variable_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        variable_name = d.pop("variable_name", MISSING)
        if variable_name.__class__ is not str:
            if variable_name is MISSING:
                variable_name = missing_field(cls, "variable_name")
                _missing += ("variable_name",)
            else:
                variable_name = unexpected_type(cls, "variable_name", variable_name, "a string")

        conv_ai_dynamic_variable = cls(
            variable_name=variable_name,
        )
        if _missing:
            conv_ai_dynamic_variable._missing_fields = _missing
        conv_ai_dynamic_variable.additional_properties = d
        return conv_ai_dynamic_variable

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
