from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="LLMUsageCalculatorPublicRequestModel")


@_attrs_define
class LLMUsageCalculatorPublicRequestModel:
    """Attributes:
    prompt_length (int): Length of the prompt in characters.
    number_of_pages (int): Pages of content in PDF documents or URLs in the agent's knowledge base.
    rag_enabled (bool): Whether RAG is enabled.
    """

    prompt_length: int

    number_of_pages: int

    rag_enabled: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        prompt_length = self.prompt_length

        number_of_pages = self.number_of_pages

        rag_enabled = self.rag_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt_length is not None or "prompt_length" not in self._missing_fields:
            field_dict["prompt_length"] = prompt_length
        if number_of_pages is not None or "number_of_pages" not in self._missing_fields:
            field_dict["number_of_pages"] = number_of_pages
        if rag_enabled is not None or "rag_enabled" not in self._missing_fields:
            field_dict["rag_enabled"] = rag_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        prompt_length = d.pop("prompt_length", MISSING)
        if prompt_length.__class__ is not int:
            if prompt_length is MISSING:
                prompt_length = missing_field(cls, "prompt_length")
                _missing += ("prompt_length",)
            else:
                prompt_length = unexpected_type(cls, "prompt_length", prompt_length, "an integer")

        number_of_pages = d.pop("number_of_pages", MISSING)
        if number_of_pages.__class__ is not int:
            if number_of_pages is MISSING:
                number_of_pages = missing_field(cls, "number_of_pages")
                _missing += ("number_of_pages",)
            else:
                number_of_pages = unexpected_type(cls, "number_of_pages", number_of_pages, "an integer")

        rag_enabled = d.pop("rag_enabled", MISSING)
        if rag_enabled.__class__ is not bool:
            if rag_enabled is MISSING:
                rag_enabled = missing_field(cls, "rag_enabled")
                _missing += ("rag_enabled",)
            else:
                rag_enabled = unexpected_type(cls, "rag_enabled", rag_enabled, "a boolean")

        llm_usage_calculator_public_request_model = cls(
            prompt_length=prompt_length,
            number_of_pages=number_of_pages,
            rag_enabled=rag_enabled,
        )
        if _missing:
            llm_usage_calculator_public_request_model._missing_fields = _missing
        llm_usage_calculator_public_request_model.additional_properties = d
        return llm_usage_calculator_public_request_model

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
