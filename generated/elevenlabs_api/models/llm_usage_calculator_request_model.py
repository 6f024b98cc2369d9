from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="LLMUsageCalculatorRequestModel")


@_attrs_define
class LLMUsageCalculatorRequestModel:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        prompt_length = d.pop("prompt_length", UNSET)
        if prompt_length.__class__ is not int and prompt_length is not None and prompt_length is not UNSET:
            prompt_length = unexpected_type(cls, "prompt_length", prompt_length, "an integer or null")

        number_of_pages = d.pop("number_of_pages", UNSET)
        if number_of_pages.__class__ is not int and number_of_pages is not None and number_of_pages is not UNSET:
            number_of_pages = unexpected_type(cls, "number_of_pages", number_of_pages, "an integer or null")

        rag_enabled = d.pop("rag_enabled", UNSET)
        if rag_enabled.__class__ is not bool and rag_enabled is not None and rag_enabled is not UNSET:
            rag_enabled = unexpected_type(cls, "rag_enabled", rag_enabled, "a boolean or null")

        llm_usage_calculator_request_model = cls(
            prompt_length=prompt_length,
            number_of_pages=number_of_pages,
            rag_enabled=rag_enabled,
        )
        llm_usage_calculator_request_model.additional_properties = d
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
