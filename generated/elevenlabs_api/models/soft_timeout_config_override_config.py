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

T = TypeVar("T", bound="SoftTimeoutConfigOverrideConfig")


@_attrs_define
class SoftTimeoutConfigOverrideConfig:
    """Attributes:
    message (bool | Unset): Whether to allow overriding the message field. Default: False.
    additional_soft_timeout_messages (bool | Unset): Whether to allow overriding the
        additional_soft_timeout_messages field. Default: False.
    """

    message: bool | Unset = False

    additional_soft_timeout_messages: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        additional_soft_timeout_messages = self.additional_soft_timeout_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message
        if additional_soft_timeout_messages is not UNSET:
            field_dict["additional_soft_timeout_messages"] = additional_soft_timeout_messages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        message = d.pop("message", UNSET)
        if message.__class__ is not bool and message is not UNSET:
            message = unexpected_type(cls, "message", message, "a boolean")

        additional_soft_timeout_messages = d.pop("additional_soft_timeout_messages", UNSET)
        if additional_soft_timeout_messages.__class__ is not bool and additional_soft_timeout_messages is not UNSET:
            additional_soft_timeout_messages = unexpected_type(
                cls, "additional_soft_timeout_messages", additional_soft_timeout_messages, "a boolean"
            )

        soft_timeout_config_override_config = cls(
            message=message,
            additional_soft_timeout_messages=additional_soft_timeout_messages,
        )
        soft_timeout_config_override_config.additional_properties = d
        return soft_timeout_config_override_config

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
