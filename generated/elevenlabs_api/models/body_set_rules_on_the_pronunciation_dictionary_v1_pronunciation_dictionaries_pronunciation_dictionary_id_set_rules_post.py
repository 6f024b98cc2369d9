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
    parse_strictly,
)

T = TypeVar(
    "T",
    bound="BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost",
)


@_attrs_define
class BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost:
    """Attributes:
    rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
        List of pronunciation rules. Rule can be either:
            an alias rule: {'string_to_replace': 'a', 'type': 'alias', 'alias': 'b', }
            or a phoneme rule: {'string_to_replace': 'a', 'type': 'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
    """

    rules: list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        rules: Any
        try:
            rules = []
            for rules_item_data in self.rules:
                rules_item: dict[str, Any]
                if isinstance(rules_item_data, PronunciationDictionaryAliasRuleRequestModel) or isinstance(
                    rules_item_data, PronunciationDictionaryPhonemeRuleRequestModel
                ):
                    rules_item = rules_item_data.to_dict()
                else:
                    rules_item = rules_item_data

                rules.append(rules_item)

        except (AttributeError, TypeError):
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if rules is not None or "rules" not in self._missing_fields:
            field_dict["rules"] = rules
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        rules_raw = d.pop("rules", MISSING)
        if rules_raw is MISSING:
            rules = missing_field(cls, "rules")
            _missing += ("rules",)
        else:
            try:
                expect_array("rules", rules_raw)
                rules = []
                _rules = rules_raw
                for rules_item_data in _rules:

                    def _parse_rules_item(
                        data: object,
                    ) -> PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel:
                        return parse_strictly(_parse_rules_item_member, data)

                    def _parse_rules_item_member(
                        data: object,
                    ) -> PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel:
                        if isinstance(data, dict):
                            for known in (
                                PronunciationDictionaryAliasRuleRequestModel,
                                PronunciationDictionaryPhonemeRuleRequestModel,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            rules_item_type_0 = PronunciationDictionaryAliasRuleRequestModel.from_dict(data)

                            return rules_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        rules_item_type_1 = PronunciationDictionaryPhonemeRuleRequestModel.from_dict(data)

                        return rules_item_type_1

                    rules_item = _parse_rules_item(rules_item_data)

                    rules.append(rules_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                rules = deviating_field(cls, "rules", rules_raw)

        body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post = cls(
            rules=rules,
        )
        if _missing:
            body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post._missing_fields = _missing
        body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post.additional_properties = d
        return body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post

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
from ..models.pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from ..models.pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
