from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TestConditionRationaleCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestConditionRationaleCommonModel(Lazy):
    """Structured rationale for test condition results containing individual failure/success reasons.

    Attributes:
        messages (list[str] | Unset): List of individual parameter evaluation messages or reasons
        summary (str | Unset): High-level summary of the evaluation result Defaults to empty on the server.
    """

    messages: list[str] | Unset = UNSET

    summary: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        messages: Any
        try:
            messages = UNSET
            if not isinstance(self.messages, Unset):
                messages = self.messages

        except (AttributeError, TypeError):
            messages = self.messages

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if messages is not UNSET:
            field_dict["messages"] = messages
        if summary is not UNSET:
            field_dict["summary"] = summary
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_condition_rationale_common_model = cls.__new__(cls)
        test_condition_rationale_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return test_condition_rationale_common_model

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


_read_messages = plain_reader("messages", (list,), "an array", False, ((str,), "a string"))

_read_summary = plain_reader("summary", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "messages",
        "summary",
    )
)


def _read_additional_properties(cls: type[TestConditionRationaleCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TestConditionRationaleCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    messages = d.get("messages", UNSET)
    if messages.__class__ is not list and messages is not UNSET:
        messages = _read_messages(cls, d)
    elif messages.__class__ is list and messages:
        check_items(cls, "messages", messages, (str,), "a string")

    summary = d.get("summary", UNSET)
    if summary.__class__ is not str and summary is not UNSET:
        summary = _read_summary(cls, d)

    return {
        "messages": messages,
        "summary": summary,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    TestConditionRationaleCommonModel,
    _all_fields,
    {
        "messages": _read_messages,
        "summary": _read_summary,
        "additional_properties": _read_additional_properties,
    },
)
