from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of
from ..types import Unset


@_attrs_define(slots=False)
class PairedLanguagesResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'kind': 'pair', 'language_pairs': [{'destination_languages': [{'code': 'es', 'label': 'Spanish'}, {'code': 'es-
        ES', 'label': 'Spanish (Spain)'}, {'code': 'fr', 'label': 'French'}], 'source_language': {'code': 'en', 'label':
        'English'}}, {'destination_languages': [{'code': 'en', 'label': 'English'}], 'source_language': {'code': 'es-
        ES', 'label': 'Spanish (Spain)'}}]}

    Attributes:
        language_pairs: The list of available source-to-destination language mappings.
        kind: Indicates this response contains source-to-destination language pairs. Default: 'pair'.
    """

    language_pairs: list[LanguagePairInfo]

    kind: Literal["pair"] | Unset = _attrs_field(
        default="pair",
        kw_only=True,
        validator=types.tag("PairedLanguagesResponse", "kind", "pair"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_pairs", "language_pairs", list_of(object_of("LanguagePairInfo")), required=True),
        Field("kind", "kind", const("pair")),
        Field("additional_properties", None, dict_of(ANY)),
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
