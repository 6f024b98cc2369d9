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

T = TypeVar("T", bound="ConversationConfigOverrideConfig")


@_attrs_define
class ConversationConfigOverrideConfig:
    """Attributes:
    text_only (bool | Unset): Whether to allow overriding the text_only field. Default: False.
    max_duration_seconds (bool | Unset): Whether to allow overriding the max_duration_seconds field. Default: False.
    """

    text_only: bool | Unset = False

    max_duration_seconds: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_only = self.text_only

        max_duration_seconds = self.max_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text_only is not UNSET:
            field_dict["text_only"] = text_only
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        text_only = d.pop("text_only", UNSET)
        if text_only.__class__ is not bool and text_only is not UNSET:
            text_only = unexpected_type(cls, "text_only", text_only, "a boolean")

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)
        if max_duration_seconds.__class__ is not bool and max_duration_seconds is not UNSET:
            max_duration_seconds = unexpected_type(cls, "max_duration_seconds", max_duration_seconds, "a boolean")

        conversation_config_override_config = cls(
            text_only=text_only,
            max_duration_seconds=max_duration_seconds,
        )
        conversation_config_override_config.additional_properties = d
        return conversation_config_override_config

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
