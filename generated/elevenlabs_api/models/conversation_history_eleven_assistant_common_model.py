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

T = TypeVar("T", bound="ConversationHistoryElevenAssistantCommonModel")


@_attrs_define
class ConversationHistoryElevenAssistantCommonModel:
    """Attributes:
    is_eleven_assistant (bool | Unset):  Default: False.
    """

    is_eleven_assistant: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_eleven_assistant = self.is_eleven_assistant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_eleven_assistant is not UNSET:
            field_dict["is_eleven_assistant"] = is_eleven_assistant
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        is_eleven_assistant = d.pop("is_eleven_assistant", UNSET)
        if is_eleven_assistant.__class__ is not bool and is_eleven_assistant is not UNSET:
            is_eleven_assistant = unexpected_type(cls, "is_eleven_assistant", is_eleven_assistant, "a boolean")

        conversation_history_eleven_assistant_common_model = cls(
            is_eleven_assistant=is_eleven_assistant,
        )
        conversation_history_eleven_assistant_common_model.additional_properties = d
        return conversation_history_eleven_assistant_common_model

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
