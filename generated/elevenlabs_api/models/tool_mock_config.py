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

T = TypeVar("T", bound="ToolMockConfig")


@_attrs_define
class ToolMockConfig:
    """Attributes:
    default_return_value (str | Unset):  Default: 'Tool Called.'.
    default_is_error (bool | Unset):  Default: False.
    """

    default_return_value: str | Unset = "Tool Called."

    default_is_error: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_return_value = self.default_return_value

        default_is_error = self.default_is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_return_value is not UNSET:
            field_dict["default_return_value"] = default_return_value
        if default_is_error is not UNSET:
            field_dict["default_is_error"] = default_is_error
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        default_return_value = d.pop("default_return_value", UNSET)
        if default_return_value.__class__ is not str and default_return_value is not UNSET:
            default_return_value = unexpected_type(cls, "default_return_value", default_return_value, "a string")

        default_is_error = d.pop("default_is_error", UNSET)
        if default_is_error.__class__ is not bool and default_is_error is not UNSET:
            default_is_error = unexpected_type(cls, "default_is_error", default_is_error, "a boolean")

        tool_mock_config = cls(
            default_return_value=default_return_value,
            default_is_error=default_is_error,
        )
        tool_mock_config.additional_properties = d
        return tool_mock_config

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
