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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="RemovePronunciationDictionaryRulesRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class RemovePronunciationDictionaryRulesRequest(Lazy):
    """Attributes:
    rule_strings (list[str]): List of strings to remove from the pronunciation dictionary.
    """

    rule_strings: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("rule_strings",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        remove_pronunciation_dictionary_rules_request = cls.__new__(cls)
        remove_pronunciation_dictionary_rules_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return remove_pronunciation_dictionary_rules_request

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


_read_rule_strings = plain_reader("rule_strings", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(("rule_strings",))


def _read_additional_properties(
    cls: type[RemovePronunciationDictionaryRulesRequest], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[RemovePronunciationDictionaryRulesRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    rule_strings = d.get("rule_strings", MISSING)
    if rule_strings.__class__ is not list:
        rule_strings = _read_rule_strings(cls, d)
    elif rule_strings.__class__ is list and rule_strings:
        check_items(cls, "rule_strings", rule_strings, (str,), "a string")

    return {
        "rule_strings": rule_strings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    RemovePronunciationDictionaryRulesRequest,
    _all_fields,
    {
        "rule_strings": _read_rule_strings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
