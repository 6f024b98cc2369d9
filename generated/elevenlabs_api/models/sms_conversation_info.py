from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_conversation_info_direction import SMSConversationInfoDirection, check_sms_conversation_info_direction
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SMSConversationInfo")


@_attrs_define
class SMSConversationInfo:
    """Attributes:
    direction (SMSConversationInfoDirection):
    sms_user_phone_number (str):
    phone_number_id (None | str | Unset):
    agent_phone_number (None | str | Unset):
    """

    direction: SMSConversationInfoDirection

    sms_user_phone_number: str

    phone_number_id: None | str | Unset = UNSET

    agent_phone_number: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        direction: Any
        try:
            direction = self.direction
        except (AttributeError, TypeError):
            direction = self.direction

        sms_user_phone_number = self.sms_user_phone_number

        phone_number_id: Any
        try:
            phone_number_id = self.phone_number_id

        except (AttributeError, TypeError):
            phone_number_id = self.phone_number_id

        agent_phone_number: Any
        try:
            agent_phone_number = self.agent_phone_number

        except (AttributeError, TypeError):
            agent_phone_number = self.agent_phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if direction is not None or "direction" not in self._missing_fields:
            field_dict["direction"] = direction
        if sms_user_phone_number is not None or "sms_user_phone_number" not in self._missing_fields:
            field_dict["sms_user_phone_number"] = sms_user_phone_number
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if agent_phone_number is not UNSET:
            field_dict["agent_phone_number"] = agent_phone_number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        direction_raw = d.pop("direction", MISSING)
        if direction_raw is MISSING:
            direction = missing_field(cls, "direction")
            _missing += ("direction",)
        else:
            try:
                direction = check_sms_conversation_info_direction(direction_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                direction = deviating_field(cls, "direction", direction_raw)

        sms_user_phone_number = d.pop("sms_user_phone_number", MISSING)
        if sms_user_phone_number.__class__ is not str:
            if sms_user_phone_number is MISSING:
                sms_user_phone_number = missing_field(cls, "sms_user_phone_number")
                _missing += ("sms_user_phone_number",)
            else:
                sms_user_phone_number = unexpected_type(cls, "sms_user_phone_number", sms_user_phone_number, "a string")

        phone_number_id = d.pop("phone_number_id", UNSET)
        if phone_number_id.__class__ is not str and phone_number_id is not None and phone_number_id is not UNSET:
            phone_number_id = unexpected_type(cls, "phone_number_id", phone_number_id, "a string or null")

        agent_phone_number = d.pop("agent_phone_number", UNSET)
        if (
            agent_phone_number.__class__ is not str
            and agent_phone_number is not None
            and agent_phone_number is not UNSET
        ):
            agent_phone_number = unexpected_type(cls, "agent_phone_number", agent_phone_number, "a string or null")

        sms_conversation_info = cls(
            direction=direction,
            sms_user_phone_number=sms_user_phone_number,
            phone_number_id=phone_number_id,
            agent_phone_number=agent_phone_number,
        )
        if _missing:
            sms_conversation_info._missing_fields = _missing
        sms_conversation_info.additional_properties = d
        return sms_conversation_info

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
