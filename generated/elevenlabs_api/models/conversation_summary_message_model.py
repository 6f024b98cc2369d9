from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_summary_message_model_role_type_0 import (
    ConversationSummaryMessageModelRoleType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationSummaryMessageModel")


@_attrs_define
class ConversationSummaryMessageModel:
    """Attributes:
    role (ConversationSummaryMessageModelRoleType0 | str):
    message (str):
    """

    role: ConversationSummaryMessageModelRoleType0 | str

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        role: Any
        try:
            if isinstance(self.role, str):
                role = self.role
            else:
                role = self.role

        except (AttributeError, TypeError):
            role = self.role

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        role = d.pop("role", MISSING)
        if role.__class__ is not str:
            if role is MISSING:
                role = missing_field(cls, "role")
                _missing += ("role",)
            else:
                role = unexpected_type(cls, "role", role, "a string")

        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        conversation_summary_message_model = cls(
            role=role,
            message=message,
        )
        if _missing:
            conversation_summary_message_model._missing_fields = _missing
        conversation_summary_message_model.additional_properties = d
        return conversation_summary_message_model

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
