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

T = TypeVar("T", bound="SIPTrunkOutboundCallResponse")


@_attrs_define
class SIPTrunkOutboundCallResponse:
    """Attributes:
    success (bool):
    message (str):
    conversation_id (None | str):
    sip_call_id (None | str):
    """

    success: bool

    message: str

    conversation_id: None | str

    sip_call_id: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        conversation_id: Any
        try:
            conversation_id = self.conversation_id

        except (AttributeError, TypeError):
            conversation_id = self.conversation_id

        sip_call_id: Any
        try:
            sip_call_id = self.sip_call_id

        except (AttributeError, TypeError):
            sip_call_id = self.sip_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not None or "success" not in self._missing_fields:
            field_dict["success"] = success
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if sip_call_id is not None or "sip_call_id" not in self._missing_fields:
            field_dict["sip_call_id"] = sip_call_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        success = d.pop("success", MISSING)
        if success.__class__ is not bool:
            if success is MISSING:
                success = missing_field(cls, "success")
                _missing += ("success",)
            else:
                success = unexpected_type(cls, "success", success, "a boolean")

        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        conversation_id = d.pop("conversation_id", MISSING)
        if conversation_id.__class__ is not str and conversation_id is not None:
            if conversation_id is MISSING:
                conversation_id = missing_field(cls, "conversation_id")
                _missing += ("conversation_id",)
            else:
                conversation_id = unexpected_type(cls, "conversation_id", conversation_id, "a string or null")

        sip_call_id = d.pop("sip_call_id", MISSING)
        if sip_call_id.__class__ is not str and sip_call_id is not None:
            if sip_call_id is MISSING:
                sip_call_id = missing_field(cls, "sip_call_id")
                _missing += ("sip_call_id",)
            else:
                sip_call_id = unexpected_type(cls, "sip_call_id", sip_call_id, "a string or null")

        sip_trunk_outbound_call_response = cls(
            success=success,
            message=message,
            conversation_id=conversation_id,
            sip_call_id=sip_call_id,
        )
        if _missing:
            sip_trunk_outbound_call_response._missing_fields = _missing
        sip_trunk_outbound_call_response.additional_properties = d
        return sip_trunk_outbound_call_response

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
