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
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PronunciationDictionary")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PronunciationDictionary(Lazy):
    """Attributes:
    rules (list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]):
        List of pronunciation rules. Rule can be either:
            an alias rule: {'string_to_replace': 'a', 'type': 'alias', 'alias': 'b', }
            or a phoneme rule: {'string_to_replace': 'a', 'type': 'phoneme', 'phoneme': 'b', 'alphabet': 'ipa' }
    """

    rules: list[PronunciationDictionaryAliasRuleRequestModel | PronunciationDictionaryPhonemeRuleRequestModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("rules",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pronunciation_dictionary = cls.__new__(cls)
        pronunciation_dictionary.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return pronunciation_dictionary

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


def _read_rules(cls: type[PronunciationDictionary], d: Mapping[str, Any]) -> Any:
    rules_raw = d.get("rules", MISSING)
    if rules_raw is MISSING:
        rules = missing_field(cls, "rules")
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

    return rules


_FIELDS: frozenset[str] = frozenset(("rules",))


def _read_additional_properties(cls: type[PronunciationDictionary], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PronunciationDictionary], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "rules" in known:
        rules = known["rules"]
    else:
        rules = _read_rules(cls, d)

    return {
        "rules": rules,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    PronunciationDictionary,
    _all_fields,
    {
        "rules": _read_rules,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_alias_rule_request_model import PronunciationDictionaryAliasRuleRequestModel
from ..models.pronunciation_dictionary_phoneme_rule_request_model import PronunciationDictionaryPhonemeRuleRequestModel
