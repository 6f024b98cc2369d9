from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TwilioOutboundCallResponse")


@_attrs_define
class TwilioOutboundCallResponse:
    """Attributes:
    success (bool):
    message (str):
    conversation_id (None | str):
    call_sid (None | str):
    """

    success: bool

    message: str

    conversation_id: None | str

    call_sid: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        conversation_id: None | str = self.conversation_id

        call_sid: None | str = self.call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["success"] = success
        field_dict["message"] = message
        field_dict["conversation_id"] = conversation_id
        field_dict["callSid"] = call_sid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        conversation_id = d.pop("conversation_id")

        call_sid = d.pop("callSid")

        twilio_outbound_call_response = cls(
            success=success,
            message=message,
            conversation_id=conversation_id,
            call_sid=call_sid,
        )
        twilio_outbound_call_response.additional_properties = d
        return twilio_outbound_call_response

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
