from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LanguagePairInfo")


@_attrs_define
class LanguagePairInfo:
    """Example:
        {'destination_languages': [{'code': 'es-ES', 'label': 'Spanish (Spain)'}, {'code': 'fr', 'label': 'French'}],
        'source_language': {'code': 'en', 'label': 'English'}}

    Attributes:
        source_language (LanguageInfo):  Example: {'code': 'es-ES', 'label': 'Spanish (Spain)'}.
        destination_languages (list[LanguageInfo]): The available destination languages for this source language.
    """

    source_language: LanguageInfo

    destination_languages: list[LanguageInfo]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_language = self.source_language.to_dict()

        destination_languages = []
        for destination_languages_item_data in self.destination_languages:
            destination_languages_item = destination_languages_item_data.to_dict()
            destination_languages.append(destination_languages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["source_language"] = source_language
        field_dict["destination_languages"] = destination_languages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_language = LanguageInfo.from_dict(d.pop("source_language"))

        destination_languages = []
        _destination_languages = d.pop("destination_languages")
        for destination_languages_item_data in _destination_languages:
            destination_languages_item = LanguageInfo.from_dict(destination_languages_item_data)

            destination_languages.append(destination_languages_item)

        language_pair_info = cls(
            source_language=source_language,
            destination_languages=destination_languages,
        )
        language_pair_info.additional_properties = d
        return language_pair_info

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_info import LanguageInfo
