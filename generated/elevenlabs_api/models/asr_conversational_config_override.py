from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="ASRConversationalConfigOverride")


@_attrs_define
class ASRConversationalConfigOverride:
    """Example:
        {'keywords': ['hello', 'world']}

    Attributes:
        keywords (list[str] | None | Unset): Keywords to boost prediction probability for
    """

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keywords: Any
        try:
            if isinstance(self.keywords, Unset):
                keywords = UNSET
            elif isinstance(self.keywords, list):
                keywords = self.keywords

            else:
                keywords = self.keywords

        except (AttributeError, TypeError):
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
        if keywords.__class__ is not list and keywords is not None and keywords is not UNSET:
            keywords = unexpected_type(cls, "keywords", keywords, "an array or null")
        elif keywords.__class__ is list and keywords:
            check_items(cls, "keywords", keywords, (str,), "a string")

        asr_conversational_config_override = cls(
            keywords=keywords,
        )
        asr_conversational_config_override.additional_properties = d
        return asr_conversational_config_override

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
