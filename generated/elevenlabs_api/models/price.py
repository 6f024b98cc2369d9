from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Currency
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Price")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Price(Lazy):
    """Currency/amount pair.

    Attributes:
        amount (str):
        currency (Currency | str):
    """

    amount: str

    currency: Currency | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "amount",
        "currency",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        price = cls.__new__(cls)
        price.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_amount = plain_reader("amount", (str,), "a string", True)

_read_currency = plain_reader("currency", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "amount",
        "currency",
    )
)


def _read_additional_properties(cls: type[Price], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Price], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    amount = d.get("amount", MISSING)
    if amount.__class__ is not str:
        amount = _read_amount(cls, d)

    currency = d.get("currency", MISSING)
    if currency.__class__ is not str:
        currency = _read_currency(cls, d)

    return {
        "amount": amount,
        "currency": currency,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Price,
    _all_fields,
    {
        "amount": _read_amount,
        "currency": _read_currency,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
