from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    unexpected_type,
)

T = TypeVar("T", bound="TestConditionRationaleCommonModel")


@_attrs_define
class TestConditionRationaleCommonModel:
    """Structured rationale for test condition results containing individual failure/success reasons.

    Attributes:
        messages (list[str] | Unset): List of individual parameter evaluation messages or reasons
        summary (str | Unset): High-level summary of the evaluation result Default: ''.
    """

    messages: list[str] | Unset = UNSET

    summary: str | Unset = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        messages = d.pop("messages", UNSET)
        if messages.__class__ is not list and messages is not UNSET:
            messages = unexpected_type(cls, "messages", messages, "an array")
        elif messages.__class__ is list and messages:
            check_items(cls, "messages", messages, (str,), "a string")

        summary = d.pop("summary", UNSET)
        if summary.__class__ is not str and summary is not UNSET:
            summary = unexpected_type(cls, "summary", summary, "a string")

        test_condition_rationale_common_model = cls(
            messages=messages,
            summary=summary,
        )
        test_condition_rationale_common_model.additional_properties = d
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
