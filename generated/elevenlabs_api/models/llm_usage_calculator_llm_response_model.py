from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm import LLM
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        llm: Any
        try:
            if isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        price_per_minute = self.price_per_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm is not None or "llm" not in self._missing_fields:
            field_dict["llm"] = llm
        if price_per_minute is not None or "price_per_minute" not in self._missing_fields:
            field_dict["price_per_minute"] = price_per_minute
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        llm = d.pop("llm", MISSING)
        if llm.__class__ is not str:
            if llm is MISSING:
                llm = missing_field(cls, "llm")
                _missing += ("llm",)
            else:
                llm = unexpected_type(cls, "llm", llm, "a string")

        price_per_minute = d.pop("price_per_minute", MISSING)
        if price_per_minute.__class__ is not float and price_per_minute.__class__ is not int:
            if price_per_minute is MISSING:
                price_per_minute = missing_field(cls, "price_per_minute")
                _missing += ("price_per_minute",)
            else:
                price_per_minute = unexpected_type(cls, "price_per_minute", price_per_minute, "a number")

        llm_usage_calculator_llm_response_model = cls(
            llm=llm,
            price_per_minute=price_per_minute,
        )
        if _missing:
            llm_usage_calculator_llm_response_model._missing_fields = _missing
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
