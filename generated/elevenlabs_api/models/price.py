from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if amount is not None or "amount" not in self._missing_fields:
            field_dict["amount"] = amount
        if currency is not None or "currency" not in self._missing_fields:
            field_dict["currency"] = currency
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        amount = d.pop("amount", MISSING)
        if amount.__class__ is not str:
            if amount is MISSING:
                amount = missing_field(cls, "amount")
                _missing += ("amount",)
            else:
                amount = unexpected_type(cls, "amount", amount, "a string")

        currency = d.pop("currency", MISSING)
        if currency.__class__ is not str:
            if currency is MISSING:
                currency = missing_field(cls, "currency")
                _missing += ("currency",)
            else:
                currency = unexpected_type(cls, "currency", currency, "a string")

        price = cls(
            amount=amount,
            currency=currency,
        )
        if _missing:
            price._missing_fields = _missing
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
