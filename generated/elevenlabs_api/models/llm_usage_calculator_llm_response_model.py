from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm import LLM

T = TypeVar("T", bound="LLMUsageCalculatorLLMResponseModel")


@_attrs_define
class LLMUsageCalculatorLLMResponseModel:
    """Attributes:
    llm (LLM | str):
    price_per_minute (float):
    """

    llm: LLM | str

    price_per_minute: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm: str
        if isinstance(self.llm, str):
            llm = self.llm
        else:
            llm = self.llm

        price_per_minute = self.price_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["llm"] = llm
        field_dict["price_per_minute"] = price_per_minute
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        llm = d.pop("llm")

        price_per_minute = d.pop("price_per_minute")

        llm_usage_calculator_llm_response_model = cls(
            llm=llm,
            price_per_minute=price_per_minute,
        )
        llm_usage_calculator_llm_response_model.additional_properties = d
        return llm_usage_calculator_llm_response_model

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
