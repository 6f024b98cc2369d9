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

T = TypeVar("T", bound="ASRConversationalConfigOverrideConfig")


@_attrs_define
class ASRConversationalConfigOverrideConfig:
    """Attributes:
    keywords (bool | Unset): Whether to allow overriding the keywords field. Default: False.
    """

    keywords: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        keywords = d.pop("keywords", UNSET)
        if keywords.__class__ is not bool and keywords is not UNSET:
            keywords = unexpected_type(cls, "keywords", keywords, "a boolean")

        asr_conversational_config_override_config = cls(
            keywords=keywords,
        )
        asr_conversational_config_override_config.additional_properties = d
        return asr_conversational_config_override_config

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
