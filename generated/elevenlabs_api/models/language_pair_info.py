from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class LanguagePairInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'destination_languages': [{'code': 'es-ES', 'label': 'Spanish (Spain)'}, {'code': 'fr', 'label': 'French'}],
        'source_language': {'code': 'en', 'label': 'English'}}

    Attributes:
        source_language:  Example: {'code': 'es-ES', 'label': 'Spanish (Spain)'}.
        destination_languages: The available destination languages for this source language.
    """

    source_language: LanguageInfo

    destination_languages: list[LanguageInfo]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source_language", "source_language", object_of("LanguageInfo"), required=True),
        Field("destination_languages", "destination_languages", list_of(object_of("LanguageInfo")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_info import LanguageInfo
