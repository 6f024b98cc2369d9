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

T = TypeVar("T", bound="LLMCategoryUsage")


@_attrs_define
class LLMCategoryUsage:
    """Attributes:
    irreversible_generation (LLMUsageOutput | Unset):
    initiated_generation (LLMUsageOutput | Unset):
    """

    irreversible_generation: LLMUsageOutput | Unset = UNSET

    initiated_generation: LLMUsageOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        irreversible_generation: Any
        try:
            irreversible_generation = UNSET
            if not isinstance(self.irreversible_generation, Unset):
                irreversible_generation = self.irreversible_generation.to_dict()
        except (AttributeError, TypeError):
            irreversible_generation = self.irreversible_generation

        initiated_generation: Any
        try:
            initiated_generation = UNSET
            if not isinstance(self.initiated_generation, Unset):
                initiated_generation = self.initiated_generation.to_dict()
        except (AttributeError, TypeError):
            initiated_generation = self.initiated_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if irreversible_generation is not UNSET:
            field_dict["irreversible_generation"] = irreversible_generation
        if initiated_generation is not UNSET:
            field_dict["initiated_generation"] = initiated_generation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        irreversible_generation_raw = d.pop("irreversible_generation", UNSET)
        try:
            _irreversible_generation = irreversible_generation_raw
            irreversible_generation: LLMUsageOutput | Unset
            if isinstance(_irreversible_generation, Unset):
                irreversible_generation = UNSET
            else:
                irreversible_generation = LLMUsageOutput.from_dict(_irreversible_generation)
        except (KeyError, TypeError, ValueError, AttributeError):
            irreversible_generation = deviating_field(cls, "irreversible_generation", irreversible_generation_raw)

        initiated_generation_raw = d.pop("initiated_generation", UNSET)
        try:
            _initiated_generation = initiated_generation_raw
            initiated_generation: LLMUsageOutput | Unset
            if isinstance(_initiated_generation, Unset):
                initiated_generation = UNSET
            else:
                initiated_generation = LLMUsageOutput.from_dict(_initiated_generation)
        except (KeyError, TypeError, ValueError, AttributeError):
            initiated_generation = deviating_field(cls, "initiated_generation", initiated_generation_raw)

        llm_category_usage = cls(
            irreversible_generation=irreversible_generation,
            initiated_generation=initiated_generation,
        )
        llm_category_usage.additional_properties = d
        return llm_category_usage

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
from ..models.llm_usage_output import LLMUsageOutput
