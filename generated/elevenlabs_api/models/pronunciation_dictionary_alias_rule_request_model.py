from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PronunciationDictionaryAliasRuleRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PronunciationDictionaryAliasRuleRequestModel(Lazy):
    """Example:
        {'alias': 'tie-land', 'case_sensitive': True, 'string_to_replace': 'Thailand', 'type': 'alias',
        'word_boundaries': True}

    Attributes:
        string_to_replace (str): The string to replace. Must be a non-empty string.
        type_ (Literal['alias']): The type of the rule.
        alias (str): The alias for the string to be replaced.
        case_sensitive (bool | Unset): Whether the rule should match case-sensitively. Defaults to True on the server.
        word_boundaries (bool | Unset): Whether the rule should only match at word boundaries. Defaults to True on the
            server.
    """

    string_to_replace: str

    type_: Literal["alias"] = _attrs_field(
        default="alias",
        kw_only=True,
        alias="type",
        validator=types.tag("PronunciationDictionaryAliasRuleRequestModel", "type", "alias"),
    )

    alias: str

    case_sensitive: bool | Unset = UNSET

    word_boundaries: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "string_to_replace",
        "alias",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "alias")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        string_to_replace = self.string_to_replace

        type_ = self.type_

        alias = self.alias

        case_sensitive = self.case_sensitive

        word_boundaries = self.word_boundaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if string_to_replace is not None or "string_to_replace" not in self._missing_fields:
            field_dict["string_to_replace"] = string_to_replace
        field_dict["type"] = type_
        if alias is not None or "alias" not in self._missing_fields:
            field_dict["alias"] = alias
        if case_sensitive is not UNSET:
            field_dict["case_sensitive"] = case_sensitive
        if word_boundaries is not UNSET:
            field_dict["word_boundaries"] = word_boundaries
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        pronunciation_dictionary_alias_rule_request_model = cls.__new__(cls)
        pronunciation_dictionary_alias_rule_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return pronunciation_dictionary_alias_rule_request_model

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


def _read_type_(cls: type[PronunciationDictionaryAliasRuleRequestModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["alias"], type__raw)
    if type_ != "alias":
        raise ValueError(f"type must match const 'alias', got '{type_}'")

    return type_


_read_string_to_replace = plain_reader("string_to_replace", (str,), "a string", True)

_read_alias = plain_reader("alias", (str,), "a string", True)

_read_case_sensitive = plain_reader("case_sensitive", (bool,), "a boolean", False)

_read_word_boundaries = plain_reader("word_boundaries", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "string_to_replace",
        "type",
        "alias",
        "case_sensitive",
        "word_boundaries",
    )
)


def _read_additional_properties(
    cls: type[PronunciationDictionaryAliasRuleRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[PronunciationDictionaryAliasRuleRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    string_to_replace = d.get("string_to_replace", MISSING)
    if string_to_replace.__class__ is not str:
        string_to_replace = _read_string_to_replace(cls, d)

    alias = d.get("alias", MISSING)
    if alias.__class__ is not str:
        alias = _read_alias(cls, d)

    case_sensitive = d.get("case_sensitive", UNSET)
    if case_sensitive.__class__ is not bool and case_sensitive is not UNSET:
        case_sensitive = _read_case_sensitive(cls, d)

    word_boundaries = d.get("word_boundaries", UNSET)
    if word_boundaries.__class__ is not bool and word_boundaries is not UNSET:
        word_boundaries = _read_word_boundaries(cls, d)

    return {
        "string_to_replace": string_to_replace,
        "type_": type_,
        "alias": alias,
        "case_sensitive": case_sensitive,
        "word_boundaries": word_boundaries,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PronunciationDictionaryAliasRuleRequestModel, type_="type")

set_readers(
    PronunciationDictionaryAliasRuleRequestModel,
    _all_fields,
    {
        "string_to_replace": _read_string_to_replace,
        "type_": _read_type_,
        "alias": _read_alias,
        "case_sensitive": _read_case_sensitive,
        "word_boundaries": _read_word_boundaries,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
