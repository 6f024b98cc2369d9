from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LanguagePairInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LanguagePairInfo(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "source_language",
        "destination_languages",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        language_pair_info = cls.__new__(cls)
        language_pair_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_source_language(cls: type[LanguagePairInfo], d: Mapping[str, Any]) -> Any:
    source_language_raw = d.get("source_language", MISSING)
    if source_language_raw is MISSING:
        source_language = missing_field(cls, "source_language")
    else:
        try:
            source_language = LanguageInfo.from_dict(source_language_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            source_language = deviating_field(cls, "source_language", source_language_raw)

    return source_language


def _read_destination_languages(cls: type[LanguagePairInfo], d: Mapping[str, Any]) -> Any:
    destination_languages_raw = d.get("destination_languages", MISSING)
    if destination_languages_raw is MISSING:
        destination_languages = missing_field(cls, "destination_languages")
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

    return destination_languages


_FIELDS: frozenset[str] = frozenset(
    (
        "source_language",
        "destination_languages",
    )
)


def _read_additional_properties(cls: type[LanguagePairInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LanguagePairInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source_language" in known:
        source_language = known["source_language"]
    else:
        source_language = _read_source_language(cls, d)

    if "destination_languages" in known:
        destination_languages = known["destination_languages"]
    else:
        destination_languages = _read_destination_languages(cls, d)

    return {
        "source_language": source_language,
        "destination_languages": destination_languages,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LanguagePairInfo,
    _all_fields,
    {
        "source_language": _read_source_language,
        "destination_languages": _read_destination_languages,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_info import LanguageInfo
