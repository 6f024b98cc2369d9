from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import MISSING, missing_field

T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """Currency/amount pair.

    Attributes:
        amount (str):
        currency (Currency | str):
    """

    amount: str

    currency: Currency | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: Any
        try:
            if isinstance(self.currency, str):
                currency = self.currency
            else:
                currency = self.currency

        except (AttributeError, TypeError):
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        amount = d.pop("amount", MISSING)
        if amount is MISSING:
            amount = missing_field(cls, "amount")

        currency = d.pop("currency", MISSING)
        if currency is MISSING:
            currency = missing_field(cls, "currency")

        price = cls(
            amount=amount,
            currency=currency,
        )
        price.additional_properties = d
        return price

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
