from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="OutboundCallRecipient")


@_attrs_define
class OutboundCallRecipient:
    """Attributes:
    id (None | str | Unset):
    phone_number (None | str | Unset):
    whatsapp_user_id (None | str | Unset):
    conversation_initiation_client_data (ConversationInitiationClientDataRequest | None | Unset):
    """

    id: None | str | Unset = UNSET

    phone_number: None | str | Unset = UNSET

    whatsapp_user_id: None | str | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequest | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any
        try:
            id = self.id

        except (AttributeError, TypeError):
            id = self.id

        phone_number: Any
        try:
            phone_number = self.phone_number

        except (AttributeError, TypeError):
            phone_number = self.phone_number

        whatsapp_user_id: Any
        try:
            whatsapp_user_id = self.whatsapp_user_id

        except (AttributeError, TypeError):
            whatsapp_user_id = self.whatsapp_user_id

        conversation_initiation_client_data: Any
        try:
            if isinstance(self.conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = UNSET
            elif isinstance(self.conversation_initiation_client_data, ConversationInitiationClientDataRequest):
                conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
            else:
                conversation_initiation_client_data = self.conversation_initiation_client_data

        except (AttributeError, TypeError):
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if whatsapp_user_id is not UNSET:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not None and id is not UNSET:
            id = unexpected_type(cls, "id", id, "a string or null")

        phone_number = d.pop("phone_number", UNSET)
        if phone_number.__class__ is not str and phone_number is not None and phone_number is not UNSET:
            phone_number = unexpected_type(cls, "phone_number", phone_number, "a string or null")

        whatsapp_user_id = d.pop("whatsapp_user_id", UNSET)
        if whatsapp_user_id.__class__ is not str and whatsapp_user_id is not None and whatsapp_user_id is not UNSET:
            whatsapp_user_id = unexpected_type(cls, "whatsapp_user_id", whatsapp_user_id, "a string or null")

        conversation_initiation_client_data_raw = d.pop("conversation_initiation_client_data", UNSET)
        try:

            def _parse_conversation_initiation_client_data(
                data: object,
            ) -> ConversationInitiationClientDataRequest | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                conversation_initiation_client_data_type_0 = ConversationInitiationClientDataRequest.from_dict(data)

                return conversation_initiation_client_data_type_0

            conversation_initiation_client_data = _parse_conversation_initiation_client_data(
                conversation_initiation_client_data_raw
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            conversation_initiation_client_data = deviating_field(
                cls, "conversation_initiation_client_data", conversation_initiation_client_data_raw
            )

        outbound_call_recipient = cls(
            id=id,
            phone_number=phone_number,
            whatsapp_user_id=whatsapp_user_id,
            conversation_initiation_client_data=conversation_initiation_client_data,
        )
        outbound_call_recipient.additional_properties = d
        return outbound_call_recipient

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_request import ConversationInitiationClientDataRequest
