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
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmInputOutputTokensUsage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmInputOutputTokensUsage(Lazy):
    """Attributes:
    input_ (LlmTokensCategoryUsage | Unset):
    input_cache_read (LlmTokensCategoryUsage | Unset):
    input_cache_write (LlmTokensCategoryUsage | Unset):
    output_total (LlmTokensCategoryUsage | Unset):
    """

    input_: LlmTokensCategoryUsage | Unset = UNSET

    input_cache_read: LlmTokensCategoryUsage | Unset = UNSET

    input_cache_write: LlmTokensCategoryUsage | Unset = UNSET

    output_total: LlmTokensCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_input_output_tokens_usage = cls.__new__(cls)
        llm_input_output_tokens_usage.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_input_(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any]) -> Any:
    input__raw = d.get("input", UNSET)
    try:
        _input_ = input__raw
        input_: LlmTokensCategoryUsage | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = LlmTokensCategoryUsage.from_dict(_input_)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_ = deviating_field(cls, "input", input__raw)

    return input_


def _read_input_cache_read(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any]) -> Any:
    input_cache_read_raw = d.get("input_cache_read", UNSET)
    try:
        _input_cache_read = input_cache_read_raw
        input_cache_read: LlmTokensCategoryUsage | Unset
        if isinstance(_input_cache_read, Unset):
            input_cache_read = UNSET
        else:
            input_cache_read = LlmTokensCategoryUsage.from_dict(_input_cache_read)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_cache_read = deviating_field(cls, "input_cache_read", input_cache_read_raw)

    return input_cache_read


def _read_input_cache_write(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any]) -> Any:
    input_cache_write_raw = d.get("input_cache_write", UNSET)
    try:
        _input_cache_write = input_cache_write_raw
        input_cache_write: LlmTokensCategoryUsage | Unset
        if isinstance(_input_cache_write, Unset):
            input_cache_write = UNSET
        else:
            input_cache_write = LlmTokensCategoryUsage.from_dict(_input_cache_write)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_cache_write = deviating_field(cls, "input_cache_write", input_cache_write_raw)

    return input_cache_write


def _read_output_total(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any]) -> Any:
    output_total_raw = d.get("output_total", UNSET)
    try:
        _output_total = output_total_raw
        output_total: LlmTokensCategoryUsage | Unset
        if isinstance(_output_total, Unset):
            output_total = UNSET
        else:
            output_total = LlmTokensCategoryUsage.from_dict(_output_total)
    except (KeyError, TypeError, ValueError, AttributeError):
        output_total = deviating_field(cls, "output_total", output_total_raw)

    return output_total


_FIELDS: frozenset[str] = frozenset(
    (
        "input",
        "input_cache_read",
        "input_cache_write",
        "output_total",
    )
)


def _read_additional_properties(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmInputOutputTokensUsage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "input_" in known:
        input_ = known["input_"]
    else:
        input_ = d.get("input", UNSET)
        if input_ is not UNSET:
            input_ = _read_input_(cls, d)

    if "input_cache_read" in known:
        input_cache_read = known["input_cache_read"]
    else:
        input_cache_read = d.get("input_cache_read", UNSET)
        if input_cache_read is not UNSET:
            input_cache_read = _read_input_cache_read(cls, d)

    if "input_cache_write" in known:
        input_cache_write = known["input_cache_write"]
    else:
        input_cache_write = d.get("input_cache_write", UNSET)
        if input_cache_write is not UNSET:
            input_cache_write = _read_input_cache_write(cls, d)

    if "output_total" in known:
        output_total = known["output_total"]
    else:
        output_total = d.get("output_total", UNSET)
        if output_total is not UNSET:
            output_total = _read_output_total(cls, d)

    return {
        "input_": input_,
        "input_cache_read": input_cache_read,
        "input_cache_write": input_cache_write,
        "output_total": output_total,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmInputOutputTokensUsage,
    _all_fields,
    {
        "input_": _read_input_,
        "input_cache_read": _read_input_cache_read,
        "input_cache_write": _read_input_cache_write,
        "output_total": _read_output_total,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_tokens_category_usage import LlmTokensCategoryUsage
