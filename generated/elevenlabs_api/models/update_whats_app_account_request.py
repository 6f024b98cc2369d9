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

T = TypeVar("T", bound="UpdateWhatsAppAccountRequest")


@_attrs_define
class UpdateWhatsAppAccountRequest:
    """Attributes:
    assigned_agent_id (None | str | Unset):
    enable_messaging (bool | None | Unset):
    enable_audio_message_response (bool | None | Unset):
    enable_typing_indicator (bool | None | Unset):
    """

    assigned_agent_id: None | str | Unset = UNSET

    enable_messaging: bool | None | Unset = UNSET

    enable_audio_message_response: bool | None | Unset = UNSET

    enable_typing_indicator: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_agent_id: Any
        try:
            assigned_agent_id = self.assigned_agent_id

        except (AttributeError, TypeError):
            assigned_agent_id = self.assigned_agent_id

        enable_messaging: Any
        try:
            enable_messaging = self.enable_messaging

        except (AttributeError, TypeError):
            enable_messaging = self.enable_messaging

        enable_audio_message_response: Any
        try:
            enable_audio_message_response = self.enable_audio_message_response

        except (AttributeError, TypeError):
            enable_audio_message_response = self.enable_audio_message_response

        enable_typing_indicator: Any
        try:
            enable_typing_indicator = self.enable_typing_indicator

        except (AttributeError, TypeError):
            enable_typing_indicator = self.enable_typing_indicator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if assigned_agent_id is not UNSET:
            field_dict["assigned_agent_id"] = assigned_agent_id
        if enable_messaging is not UNSET:
            field_dict["enable_messaging"] = enable_messaging
        if enable_audio_message_response is not UNSET:
            field_dict["enable_audio_message_response"] = enable_audio_message_response
        if enable_typing_indicator is not UNSET:
            field_dict["enable_typing_indicator"] = enable_typing_indicator
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        assigned_agent_id = d.pop("assigned_agent_id", UNSET)
        if assigned_agent_id.__class__ is not str and assigned_agent_id is not None and assigned_agent_id is not UNSET:
            assigned_agent_id = unexpected_type(cls, "assigned_agent_id", assigned_agent_id, "a string or null")

        enable_messaging = d.pop("enable_messaging", UNSET)
        if enable_messaging.__class__ is not bool and enable_messaging is not None and enable_messaging is not UNSET:
            enable_messaging = unexpected_type(cls, "enable_messaging", enable_messaging, "a boolean or null")

        enable_audio_message_response = d.pop("enable_audio_message_response", UNSET)
        if (
            enable_audio_message_response.__class__ is not bool
            and enable_audio_message_response is not None
            and enable_audio_message_response is not UNSET
        ):
            enable_audio_message_response = unexpected_type(
                cls, "enable_audio_message_response", enable_audio_message_response, "a boolean or null"
            )

        enable_typing_indicator = d.pop("enable_typing_indicator", UNSET)
        if (
            enable_typing_indicator.__class__ is not bool
            and enable_typing_indicator is not None
            and enable_typing_indicator is not UNSET
        ):
            enable_typing_indicator = unexpected_type(
                cls, "enable_typing_indicator", enable_typing_indicator, "a boolean or null"
            )

        update_whats_app_account_request = cls(
            assigned_agent_id=assigned_agent_id,
            enable_messaging=enable_messaging,
            enable_audio_message_response=enable_audio_message_response,
            enable_typing_indicator=enable_typing_indicator,
        )
        update_whats_app_account_request.additional_properties = d
        return update_whats_app_account_request

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
