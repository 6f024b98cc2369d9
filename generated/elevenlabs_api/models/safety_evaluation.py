from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SafetyRule, check_safety_rule
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SafetyEvaluation")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SafetyEvaluation(Lazy):
    """Safety evaluation of the agent. Prompt and first message is taken into account.
    The unsafe reason is provided from the evaluation

    Attributes:
        is_unsafe (bool | Unset): Defaults to False on the server.
        llm_reason (str | Unset): Defaults to empty on the server.
        safety_prompt_version (int | Unset): Defaults to 0 on the server.
        matched_rule_id (list[SafetyRule] | Unset):
    """

    is_unsafe: bool | Unset = UNSET

    llm_reason: str | Unset = UNSET

    safety_prompt_version: int | Unset = UNSET

    matched_rule_id: list[SafetyRule] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_unsafe = self.is_unsafe

        llm_reason = self.llm_reason

        safety_prompt_version = self.safety_prompt_version

        matched_rule_id: Any
        try:
            matched_rule_id = UNSET
            if not isinstance(self.matched_rule_id, Unset):
                matched_rule_id = []
                for matched_rule_id_item_data in self.matched_rule_id:
                    matched_rule_id_item: str = matched_rule_id_item_data
                    matched_rule_id.append(matched_rule_id_item)

        except (AttributeError, TypeError):
            matched_rule_id = self.matched_rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_unsafe is not UNSET:
            field_dict["is_unsafe"] = is_unsafe
        if llm_reason is not UNSET:
            field_dict["llm_reason"] = llm_reason
        if safety_prompt_version is not UNSET:
            field_dict["safety_prompt_version"] = safety_prompt_version
        if matched_rule_id is not UNSET:
            field_dict["matched_rule_id"] = matched_rule_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        safety_evaluation = cls.__new__(cls)
        safety_evaluation.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return safety_evaluation

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


_read_is_unsafe = plain_reader("is_unsafe", (bool,), "a boolean", False)

_read_llm_reason = plain_reader("llm_reason", (str,), "a string", False)

_read_safety_prompt_version = plain_reader("safety_prompt_version", (int,), "an integer", False)


def _read_matched_rule_id(cls: type[SafetyEvaluation], d: Mapping[str, Any]) -> Any:
    matched_rule_id_raw = d.get("matched_rule_id", UNSET)
    try:
        expect_array("matched_rule_id", matched_rule_id_raw)
        _matched_rule_id = matched_rule_id_raw
        matched_rule_id: list[SafetyRule] | Unset = UNSET
        if _matched_rule_id is not UNSET:
            matched_rule_id = []
            for matched_rule_id_item_data in _matched_rule_id:
                matched_rule_id_item = check_safety_rule(matched_rule_id_item_data)

                matched_rule_id.append(matched_rule_id_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        matched_rule_id = deviating_field(cls, "matched_rule_id", matched_rule_id_raw)

    return matched_rule_id


_FIELDS: frozenset[str] = frozenset(
    (
        "is_unsafe",
        "llm_reason",
        "safety_prompt_version",
        "matched_rule_id",
    )
)


def _read_additional_properties(cls: type[SafetyEvaluation], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SafetyEvaluation], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_unsafe = d.get("is_unsafe", UNSET)
    if is_unsafe.__class__ is not bool and is_unsafe is not UNSET:
        is_unsafe = _read_is_unsafe(cls, d)

    llm_reason = d.get("llm_reason", UNSET)
    if llm_reason.__class__ is not str and llm_reason is not UNSET:
        llm_reason = _read_llm_reason(cls, d)

    safety_prompt_version = d.get("safety_prompt_version", UNSET)
    if safety_prompt_version.__class__ is not int and safety_prompt_version is not UNSET:
        safety_prompt_version = _read_safety_prompt_version(cls, d)

    if "matched_rule_id" in known:
        matched_rule_id = known["matched_rule_id"]
    else:
        matched_rule_id = d.get("matched_rule_id", UNSET)
        if matched_rule_id is not UNSET:
            matched_rule_id = _read_matched_rule_id(cls, d)

    return {
        "is_unsafe": is_unsafe,
        "llm_reason": llm_reason,
        "safety_prompt_version": safety_prompt_version,
        "matched_rule_id": matched_rule_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SafetyEvaluation,
    _all_fields,
    {
        "is_unsafe": _read_is_unsafe,
        "llm_reason": _read_llm_reason,
        "safety_prompt_version": _read_safety_prompt_version,
        "matched_rule_id": _read_matched_rule_id,
        "additional_properties": _read_additional_properties,
    },
)
