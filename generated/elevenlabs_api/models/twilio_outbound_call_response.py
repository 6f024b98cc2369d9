from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        call_sid: Any
        try:
            call_sid = self.call_sid

        except (AttributeError, TypeError):
            call_sid = self.call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not None:
            field_dict["success"] = success
        if message is not None:
            field_dict["message"] = message
        field_dict["conversation_id"] = conversation_id
        field_dict["callSid"] = call_sid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        success = d.pop("success", MISSING)
        if success is MISSING:
            success = missing_field(cls, "success")

        message = d.pop("message", MISSING)
        if message is MISSING:
            message = missing_field(cls, "message")

        conversation_id = d.pop("conversation_id", MISSING)
        if conversation_id is MISSING:
            conversation_id = missing_field(cls, "conversation_id")

        call_sid = d.pop("callSid", MISSING)
        if call_sid is MISSING:
            call_sid = missing_field(cls, "callSid")

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
