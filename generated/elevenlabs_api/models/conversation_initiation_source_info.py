from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_initiation_source import ConversationInitiationSource
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationInitiationSourceInfo")


@_attrs_define
class ConversationInitiationSourceInfo:
    """Attributes:
    source (ConversationInitiationSource | None | str | Unset): Source of the conversation initiation
    version (None | str | Unset): The SDK version number
    """

    source: ConversationInitiationSource | None | str | Unset = UNSET

    version: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: Any
        try:
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, str):
                source = self.source
            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        version: Any
        try:
            version = self.version

        except (AttributeError, TypeError):
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not UNSET:
            field_dict["source"] = source
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        source = d.pop("source", UNSET)
        if source is not None and source.__class__ is not str and source is not UNSET:
            source = unexpected_type(cls, "source", source, "null or a string")

        version = d.pop("version", UNSET)
        if version.__class__ is not str and version is not None and version is not UNSET:
            version = unexpected_type(cls, "version", version, "a string or null")

        conversation_initiation_source_info = cls(
            source=source,
            version=version,
        )
        conversation_initiation_source_info.additional_properties = d
        return conversation_initiation_source_info

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
