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

T = TypeVar("T", bound="SpeechEngineConversationInitiationClientDataConfig")


@_attrs_define
class SpeechEngineConversationInitiationClientDataConfig:
    """Attributes:
    first_message (bool | Unset): Whether the first message can be overridden by the client Default: False.
    """

    first_message: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_message = self.first_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        first_message = d.pop("first_message", UNSET)
        if first_message.__class__ is not bool and first_message is not UNSET:
            first_message = unexpected_type(cls, "first_message", first_message, "a boolean")

        speech_engine_conversation_initiation_client_data_config = cls(
            first_message=first_message,
        )
        speech_engine_conversation_initiation_client_data_config.additional_properties = d
        return speech_engine_conversation_initiation_client_data_config

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
