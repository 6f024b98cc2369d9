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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmUsageCalculatorRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmUsageCalculatorRequestModel(Lazy):
    """Attributes:
    prompt_length (int | None | Unset): Length of the prompt in characters.
    number_of_pages (int | None | Unset): Pages of content in pdf documents OR urls in agent's Knowledge Base.
    rag_enabled (bool | None | Unset): Whether RAG is enabled.
    """

    prompt_length: int | None | Unset = UNSET

    number_of_pages: int | None | Unset = UNSET

    rag_enabled: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        prompt_length: Any
        try:
            prompt_length = self.prompt_length

        except (AttributeError, TypeError):
            prompt_length = self.prompt_length

        number_of_pages: Any
        try:
            number_of_pages = self.number_of_pages

        except (AttributeError, TypeError):
            number_of_pages = self.number_of_pages

        rag_enabled: Any
        try:
            rag_enabled = self.rag_enabled

        except (AttributeError, TypeError):
            rag_enabled = self.rag_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt_length is not UNSET:
            field_dict["prompt_length"] = prompt_length
        if number_of_pages is not UNSET:
            field_dict["number_of_pages"] = number_of_pages
        if rag_enabled is not UNSET:
            field_dict["rag_enabled"] = rag_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_usage_calculator_request_model = cls.__new__(cls)
        llm_usage_calculator_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_usage_calculator_request_model

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


_read_prompt_length = plain_reader(
    "prompt_length",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_number_of_pages = plain_reader(
    "number_of_pages",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_rag_enabled = plain_reader(
    "rag_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "prompt_length",
        "number_of_pages",
        "rag_enabled",
    )
)


def _read_additional_properties(cls: type[LlmUsageCalculatorRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[LlmUsageCalculatorRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    prompt_length = d.get("prompt_length", UNSET)
    if prompt_length.__class__ is not int and prompt_length is not None and prompt_length is not UNSET:
        prompt_length = _read_prompt_length(cls, d)

    number_of_pages = d.get("number_of_pages", UNSET)
    if number_of_pages.__class__ is not int and number_of_pages is not None and number_of_pages is not UNSET:
        number_of_pages = _read_number_of_pages(cls, d)

    rag_enabled = d.get("rag_enabled", UNSET)
    if rag_enabled.__class__ is not bool and rag_enabled is not None and rag_enabled is not UNSET:
        rag_enabled = _read_rag_enabled(cls, d)

    return {
        "prompt_length": prompt_length,
        "number_of_pages": number_of_pages,
        "rag_enabled": rag_enabled,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmUsageCalculatorRequestModel,
    _all_fields,
    {
        "prompt_length": _read_prompt_length,
        "number_of_pages": _read_number_of_pages,
        "rag_enabled": _read_rag_enabled,
        "additional_properties": _read_additional_properties,
    },
)
