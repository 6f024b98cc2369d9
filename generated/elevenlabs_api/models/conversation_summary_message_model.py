from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_summary_message_model_role_type_0 import (
    ConversationSummaryMessageModelRoleType0,
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

    def to_dict(self) -> dict[str, Any]:
        role: str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = role
        field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = d.pop("role")

        message = d.pop("message")

        conversation_summary_message_model = cls(
            role=role,
            message=message,
        )
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
