from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="LLMUsageCalculatorResponseModel")


@_attrs_define
class LLMUsageCalculatorResponseModel:
    """Attributes:
    llm_prices (list[LLMUsageCalculatorLLMResponseModel]):
    """

    llm_prices: list[LLMUsageCalculatorLLMResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        llm_prices: Any
        try:
            llm_prices = []
            for llm_prices_item_data in self.llm_prices:
                llm_prices_item = llm_prices_item_data.to_dict()
                llm_prices.append(llm_prices_item)

        except (AttributeError, TypeError):
            llm_prices = self.llm_prices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm_prices is not None or "llm_prices" not in self._missing_fields:
            field_dict["llm_prices"] = llm_prices
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        llm_prices_raw = d.pop("llm_prices", MISSING)
        if llm_prices_raw is MISSING:
            llm_prices = missing_field(cls, "llm_prices")
            _missing += ("llm_prices",)
        else:
            try:
                expect_array("llm_prices", llm_prices_raw)
                llm_prices = []
                _llm_prices = llm_prices_raw
                for llm_prices_item_data in _llm_prices:
                    llm_prices_item = LLMUsageCalculatorLLMResponseModel.from_dict(llm_prices_item_data)

                    llm_prices.append(llm_prices_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                llm_prices = deviating_field(cls, "llm_prices", llm_prices_raw)

        llm_usage_calculator_response_model = cls(
            llm_prices=llm_prices,
        )
        if _missing:
            llm_usage_calculator_response_model._missing_fields = _missing
        llm_usage_calculator_response_model.additional_properties = d
        return llm_usage_calculator_response_model

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
from ..models.llm_usage_calculator_llm_response_model import LLMUsageCalculatorLLMResponseModel
