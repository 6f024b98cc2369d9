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

T = TypeVar("T", bound="SoftTimeoutConfigOverride")


@_attrs_define
class SoftTimeoutConfigOverride:
    """Attributes:
    message (None | str | Unset): Message to show when soft timeout is reached while waiting for LLM response
    """

    message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: Any
        try:
            message = self.message

        except (AttributeError, TypeError):
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        message = d.pop("message", UNSET)
        if message.__class__ is not str and message is not None and message is not UNSET:
            message = unexpected_type(cls, "message", message, "a string or null")

        soft_timeout_config_override = cls(
            message=message,
        )
        soft_timeout_config_override.additional_properties = d
        return soft_timeout_config_override

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
