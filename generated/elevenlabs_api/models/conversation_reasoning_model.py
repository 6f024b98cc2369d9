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

T = TypeVar("T", bound="ConversationReasoningModel")


@_attrs_define
class ConversationReasoningModel:
    """Attributes:
    summary (None | str | Unset):
    provider_redact (bool | Unset):  Default: False.
    """

    summary: None | str | Unset = UNSET

    provider_redact: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary: Any
        try:
            summary = self.summary

        except (AttributeError, TypeError):
            summary = self.summary

        provider_redact = self.provider_redact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary is not UNSET:
            field_dict["summary"] = summary
        if provider_redact is not UNSET:
            field_dict["provider_redact"] = provider_redact
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        summary = d.pop("summary", UNSET)
        if summary.__class__ is not str and summary is not None and summary is not UNSET:
            summary = unexpected_type(cls, "summary", summary, "a string or null")

        provider_redact = d.pop("provider_redact", UNSET)
        if provider_redact.__class__ is not bool and provider_redact is not UNSET:
            provider_redact = unexpected_type(cls, "provider_redact", provider_redact, "a boolean")

        conversation_reasoning_model = cls(
            summary=summary,
            provider_redact=provider_redact,
        )
        conversation_reasoning_model.additional_properties = d
        return conversation_reasoning_model

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
