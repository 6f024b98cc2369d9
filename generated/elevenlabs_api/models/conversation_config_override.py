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

T = TypeVar("T", bound="ConversationConfigOverride")


@_attrs_define
class ConversationConfigOverride:
    """Attributes:
    text_only (bool | None | Unset): If enabled audio will not be processed and only text will be used, use to avoid
        audio pricing.
    """

    text_only: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_only: Any
        try:
            text_only = self.text_only

        except (AttributeError, TypeError):
            text_only = self.text_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)
        if text_only.__class__ is not bool and text_only is not None and text_only is not UNSET:
            text_only = unexpected_type(cls, "text_only", text_only, "a boolean or null")

        conversation_config_override = cls(
            text_only=text_only,
        )
        conversation_config_override.additional_properties = d
        return conversation_config_override

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
