from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        rule_strings: Any
        try:
            rule_strings = self.rule_strings

        except (AttributeError, TypeError):
            rule_strings = self.rule_strings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if rule_strings is not None:
            field_dict["rule_strings"] = rule_strings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        rule_strings_raw = d.pop("rule_strings", MISSING)
        if rule_strings_raw is MISSING:
            rule_strings_raw = missing_field(cls, "rule_strings")
        try:
            rule_strings = cast(list[str], rule_strings_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            rule_strings = deviating_field(cls, "rule_strings", rule_strings_raw)

        body_remove_rules_from_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_remove_rules_post = cls(
            rule_strings=rule_strings,
        )
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
