from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar(
    "T",
    bound="BodyRemoveRulesFromThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdRemoveRulesPost",
)


@_attrs_define
class BodyRemoveRulesFromThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdRemoveRulesPost:
    """Attributes:
    rule_strings (list[str]): List of strings to remove from the pronunciation dictionary.
    """

    rule_strings: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        rule_strings: Any
        try:
            rule_strings = self.rule_strings

        except (AttributeError, TypeError):
            rule_strings = self.rule_strings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if rule_strings is not None or "rule_strings" not in self._missing_fields:
            field_dict["rule_strings"] = rule_strings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        rule_strings = d.pop("rule_strings", MISSING)
        if rule_strings.__class__ is not list:
            if rule_strings is MISSING:
                rule_strings = missing_field(cls, "rule_strings")
                _missing += ("rule_strings",)
            else:
                rule_strings = unexpected_type(cls, "rule_strings", rule_strings, "an array")
        elif rule_strings.__class__ is list and rule_strings:
            check_items(cls, "rule_strings", rule_strings, (str,), "a string")

        body_remove_rules_from_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_remove_rules_post = cls(
            rule_strings=rule_strings,
        )
        if _missing:
            body_remove_rules_from_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_remove_rules_post._missing_fields = _missing
        body_remove_rules_from_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_remove_rules_post.additional_properties = d
        return body_remove_rules_from_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_remove_rules_post

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
