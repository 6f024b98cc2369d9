from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source_language: Any
        try:
            source_language = self.source_language.to_dict()
        except (AttributeError, TypeError):
            source_language = self.source_language

        destination_languages: Any
        try:
            destination_languages = []
            for destination_languages_item_data in self.destination_languages:
                destination_languages_item = destination_languages_item_data.to_dict()
                destination_languages.append(destination_languages_item)

        except (AttributeError, TypeError):
            destination_languages = self.destination_languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_language is not None or "source_language" not in self._missing_fields:
            field_dict["source_language"] = source_language
        if destination_languages is not None or "destination_languages" not in self._missing_fields:
            field_dict["destination_languages"] = destination_languages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        source_language_raw = d.pop("source_language", MISSING)
        if source_language_raw is MISSING:
            source_language = missing_field(cls, "source_language")
            _missing += ("source_language",)
        else:
            try:
                source_language = LanguageInfo.from_dict(source_language_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                source_language = deviating_field(cls, "source_language", source_language_raw)

        destination_languages_raw = d.pop("destination_languages", MISSING)
        if destination_languages_raw is MISSING:
            destination_languages = missing_field(cls, "destination_languages")
            _missing += ("destination_languages",)
        else:
            try:
                expect_array("destination_languages", destination_languages_raw)
                destination_languages = []
                _destination_languages = destination_languages_raw
                for destination_languages_item_data in _destination_languages:
                    destination_languages_item = LanguageInfo.from_dict(destination_languages_item_data)

                    destination_languages.append(destination_languages_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                destination_languages = deviating_field(cls, "destination_languages", destination_languages_raw)

        language_pair_info = cls(
            source_language=source_language,
            destination_languages=destination_languages,
        )
        if _missing:
            language_pair_info._missing_fields = _missing
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
