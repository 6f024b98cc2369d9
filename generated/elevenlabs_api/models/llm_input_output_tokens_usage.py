from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="LLMInputOutputTokensUsage")


@_attrs_define
class LLMInputOutputTokensUsage:
    """Attributes:
    input_ (LLMTokensCategoryUsage | Unset):
    input_cache_read (LLMTokensCategoryUsage | Unset):
    input_cache_write (LLMTokensCategoryUsage | Unset):
    output_total (LLMTokensCategoryUsage | Unset):
    """

    input_: LLMTokensCategoryUsage | Unset = UNSET

    input_cache_read: LLMTokensCategoryUsage | Unset = UNSET

    input_cache_write: LLMTokensCategoryUsage | Unset = UNSET

    output_total: LLMTokensCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: Any
        try:
            input_ = UNSET
            if not isinstance(self.input_, Unset):
                input_ = self.input_.to_dict()
        except (AttributeError, TypeError):
            input_ = self.input_

        input_cache_read: Any
        try:
            input_cache_read = UNSET
            if not isinstance(self.input_cache_read, Unset):
                input_cache_read = self.input_cache_read.to_dict()
        except (AttributeError, TypeError):
            input_cache_read = self.input_cache_read

        input_cache_write: Any
        try:
            input_cache_write = UNSET
            if not isinstance(self.input_cache_write, Unset):
                input_cache_write = self.input_cache_write.to_dict()
        except (AttributeError, TypeError):
            input_cache_write = self.input_cache_write

        output_total: Any
        try:
            output_total = UNSET
            if not isinstance(self.output_total, Unset):
                output_total = self.output_total.to_dict()
        except (AttributeError, TypeError):
            output_total = self.output_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_ is not UNSET:
            field_dict["input"] = input_
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if output_total is not UNSET:
            field_dict["output_total"] = output_total
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        input__raw = d.pop("input", UNSET)
        try:
            _input_ = input__raw
            input_: LLMTokensCategoryUsage | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = LLMTokensCategoryUsage.from_dict(_input_)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_ = deviating_field(cls, "input", input__raw)

        input_cache_read_raw = d.pop("input_cache_read", UNSET)
        try:
            _input_cache_read = input_cache_read_raw
            input_cache_read: LLMTokensCategoryUsage | Unset
            if isinstance(_input_cache_read, Unset):
                input_cache_read = UNSET
            else:
                input_cache_read = LLMTokensCategoryUsage.from_dict(_input_cache_read)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_cache_read = deviating_field(cls, "input_cache_read", input_cache_read_raw)

        input_cache_write_raw = d.pop("input_cache_write", UNSET)
        try:
            _input_cache_write = input_cache_write_raw
            input_cache_write: LLMTokensCategoryUsage | Unset
            if isinstance(_input_cache_write, Unset):
                input_cache_write = UNSET
            else:
                input_cache_write = LLMTokensCategoryUsage.from_dict(_input_cache_write)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_cache_write = deviating_field(cls, "input_cache_write", input_cache_write_raw)

        output_total_raw = d.pop("output_total", UNSET)
        try:
            _output_total = output_total_raw
            output_total: LLMTokensCategoryUsage | Unset
            if isinstance(_output_total, Unset):
                output_total = UNSET
            else:
                output_total = LLMTokensCategoryUsage.from_dict(_output_total)
        except (KeyError, TypeError, ValueError, AttributeError):
            output_total = deviating_field(cls, "output_total", output_total_raw)

        llm_input_output_tokens_usage = cls(
            input_=input_,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            output_total=output_total,
        )
        llm_input_output_tokens_usage.additional_properties = d
        return llm_input_output_tokens_usage

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
from ..models.llm_tokens_category_usage import LLMTokensCategoryUsage
