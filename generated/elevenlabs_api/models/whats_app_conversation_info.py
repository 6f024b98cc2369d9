from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whats_app_conversation_info_direction import (
    WhatsAppConversationInfoDirection,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WhatsAppConversationInfo")


@_attrs_define
class WhatsAppConversationInfo:
    """Attributes:
    whatsapp_user_id (str):
    direction (str | Unset | WhatsAppConversationInfoDirection):
    whatsapp_phone_number_id (None | str | Unset):
    """

    whatsapp_user_id: str

    direction: str | Unset | WhatsAppConversationInfoDirection = UNSET

    whatsapp_phone_number_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_user_id = self.whatsapp_user_id

        direction: Any
        try:
            if isinstance(self.direction, Unset):
                direction = UNSET
            elif isinstance(self.direction, str):
                direction = self.direction
            else:
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

        whatsapp_phone_number_id: Any
        try:
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        except (AttributeError, TypeError):
            whatsapp_phone_number_id = self.whatsapp_phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if whatsapp_user_id is not None or "whatsapp_user_id" not in self._missing_fields:
            field_dict["whatsapp_user_id"] = whatsapp_user_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if whatsapp_phone_number_id is not UNSET:
            field_dict["whatsapp_phone_number_id"] = whatsapp_phone_number_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        whatsapp_user_id = d.pop("whatsapp_user_id", MISSING)
        if whatsapp_user_id.__class__ is not str:
            if whatsapp_user_id is MISSING:
                whatsapp_user_id = missing_field(cls, "whatsapp_user_id")
                _missing += ("whatsapp_user_id",)
            else:
                whatsapp_user_id = unexpected_type(cls, "whatsapp_user_id", whatsapp_user_id, "a string")

        direction = d.pop("direction", UNSET)
        if direction.__class__ is not str and direction is not UNSET:
            direction = unexpected_type(cls, "direction", direction, "a string")

        whatsapp_phone_number_id = d.pop("whatsapp_phone_number_id", UNSET)
        if (
            whatsapp_phone_number_id.__class__ is not str
            and whatsapp_phone_number_id is not None
            and whatsapp_phone_number_id is not UNSET
        ):
            whatsapp_phone_number_id = unexpected_type(
                cls, "whatsapp_phone_number_id", whatsapp_phone_number_id, "a string or null"
            )

        whats_app_conversation_info = cls(
            whatsapp_user_id=whatsapp_user_id,
            direction=direction,
            whatsapp_phone_number_id=whatsapp_phone_number_id,
        )
        if _missing:
            whats_app_conversation_info._missing_fields = _missing
        whats_app_conversation_info.additional_properties = d
        return whats_app_conversation_info

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
