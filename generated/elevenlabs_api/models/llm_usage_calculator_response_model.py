from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmUsageCalculatorResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmUsageCalculatorResponseModel(Lazy):
    """Attributes:
    llm_prices (list[LlmUsageCalculatorLlmResponseModel]):
    """

    llm_prices: list[LlmUsageCalculatorLlmResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("llm_prices",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_usage_calculator_response_model = cls.__new__(cls)
        llm_usage_calculator_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_llm_prices(cls: type[LlmUsageCalculatorResponseModel], d: Mapping[str, Any]) -> Any:
    llm_prices_raw = d.get("llm_prices", MISSING)
    if llm_prices_raw is MISSING:
        llm_prices = missing_field(cls, "llm_prices")
    else:
        try:
            expect_array("llm_prices", llm_prices_raw)
            llm_prices = []
            _llm_prices = llm_prices_raw
            for llm_prices_item_data in _llm_prices:
                llm_prices_item = LlmUsageCalculatorLlmResponseModel.from_dict(llm_prices_item_data)

                llm_prices.append(llm_prices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            llm_prices = deviating_field(cls, "llm_prices", llm_prices_raw)

    return llm_prices


_FIELDS: frozenset[str] = frozenset(("llm_prices",))


def _read_additional_properties(cls: type[LlmUsageCalculatorResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[LlmUsageCalculatorResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "llm_prices" in known:
        llm_prices = known["llm_prices"]
    else:
        llm_prices = _read_llm_prices(cls, d)

    return {
        "llm_prices": llm_prices,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmUsageCalculatorResponseModel,
    _all_fields,
    {
        "llm_prices": _read_llm_prices,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_usage_calculator_llm_response_model import LlmUsageCalculatorLlmResponseModel
