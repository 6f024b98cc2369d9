from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="PronunciationDictionaryPhonemeRuleResponseModel")


@_attrs_define
class PronunciationDictionaryPhonemeRuleResponseModel:
    """Attributes:
    string_to_replace (str):
    type_ (Literal['phoneme']):
    phoneme (str):
    alphabet (str):
    case_sensitive (bool | Unset): Whether the rule matches case-sensitively. Default: True.
    word_boundaries (bool | Unset): Whether the rule only matches at word boundaries. Default: True.
    """

    string_to_replace: str

    type_: Literal["phoneme"]

    phoneme: str

    alphabet: str

    case_sensitive: bool | Unset = True

    word_boundaries: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "phoneme")

    def to_dict(self) -> dict[str, Any]:
        string_to_replace = self.string_to_replace

        type_ = self.type_

        phoneme = self.phoneme

        alphabet = self.alphabet

        case_sensitive = self.case_sensitive

        word_boundaries = self.word_boundaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if string_to_replace is not None or "string_to_replace" not in self._missing_fields:
            field_dict["string_to_replace"] = string_to_replace
        field_dict["type"] = type_
        if phoneme is not None or "phoneme" not in self._missing_fields:
            field_dict["phoneme"] = phoneme
        if alphabet is not None or "alphabet" not in self._missing_fields:
            field_dict["alphabet"] = alphabet
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if word_boundaries is not UNSET:
            field_dict["word_boundaries"] = word_boundaries
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["phoneme"], type__raw)
        if type_ != "phoneme":
            raise ValueError(f"type must match const 'phoneme', got '{type_}'")

        string_to_replace = d.pop("string_to_replace", MISSING)
        if string_to_replace.__class__ is not str:
            if string_to_replace is MISSING:
                string_to_replace = missing_field(cls, "string_to_replace")
                _missing += ("string_to_replace",)
            else:
                string_to_replace = unexpected_type(cls, "string_to_replace", string_to_replace, "a string")

        phoneme = d.pop("phoneme", MISSING)
        if phoneme.__class__ is not str:
            if phoneme is MISSING:
                phoneme = missing_field(cls, "phoneme")
                _missing += ("phoneme",)
            else:
                phoneme = unexpected_type(cls, "phoneme", phoneme, "a string")

        alphabet = d.pop("alphabet", MISSING)
        if alphabet.__class__ is not str:
            if alphabet is MISSING:
                alphabet = missing_field(cls, "alphabet")
                _missing += ("alphabet",)
            else:
                alphabet = unexpected_type(cls, "alphabet", alphabet, "a string")

        case_sensitive = d.pop("case_sensitive", UNSET)
        if case_sensitive.__class__ is not bool and case_sensitive is not UNSET:
            case_sensitive = unexpected_type(cls, "case_sensitive", case_sensitive, "a boolean")

        word_boundaries = d.pop("word_boundaries", UNSET)
        if word_boundaries.__class__ is not bool and word_boundaries is not UNSET:
            word_boundaries = unexpected_type(cls, "word_boundaries", word_boundaries, "a boolean")

        pronunciation_dictionary_phoneme_rule_response_model = cls(
            string_to_replace=string_to_replace,
            type_=type_,
            phoneme=phoneme,
            alphabet=alphabet,
            case_sensitive=case_sensitive,
            word_boundaries=word_boundaries,
        )
        if _missing:
            pronunciation_dictionary_phoneme_rule_response_model._missing_fields = _missing
        pronunciation_dictionary_phoneme_rule_response_model.additional_properties = d
        return pronunciation_dictionary_phoneme_rule_response_model

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
