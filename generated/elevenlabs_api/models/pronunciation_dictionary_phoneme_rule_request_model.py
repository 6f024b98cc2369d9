from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class PronunciationDictionaryPhonemeRuleRequestModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'alphabet': 'ipa', 'case_sensitive': True, 'phoneme': '/ˈtaɪ.lænd/', 'string_to_replace': 'Thailand', 'type':
        'phoneme', 'word_boundaries': True}

    Attributes:
        string_to_replace: The string to replace. Must be a non-empty string.
        type_: The type of the rule.
        phoneme: The phoneme rule.
        alphabet: The alphabet to use with the phoneme rule.
        case_sensitive: Whether the rule should match case-sensitively. Defaults to True on the server.
        word_boundaries: Whether the rule should only match at word boundaries. Defaults to True on the server.
    """

    string_to_replace: str

    type_: Literal["phoneme"] = _attrs_field(
        default="phoneme",
        kw_only=True,
        alias="type",
        validator=types.tag("PronunciationDictionaryPhonemeRuleRequestModel", "type", "phoneme"),
    )

    phoneme: str

    alphabet: str

    case_sensitive: bool | Unset = UNSET

    word_boundaries: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("string_to_replace", "string_to_replace", STR, required=True),
        Field("type_", "type", const("phoneme"), required=True),
        Field("phoneme", "phoneme", STR, required=True),
        Field("alphabet", "alphabet", STR, required=True),
        Field("case_sensitive", "case_sensitive", BOOL),
        Field("word_boundaries", "word_boundaries", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PronunciationDictionaryPhonemeRuleRequestModel, type_="type")
