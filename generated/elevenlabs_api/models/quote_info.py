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

T = TypeVar("T", bound="QuoteInfo")


@_attrs_define
class QuoteInfo:
    """Example:
        {'amount_usd': 11.0}

    Attributes:
        amount_usd (float): The quoted price for this item in USD. Use the order's total_amount_usd for the combined
            order total.
    """

    amount_usd: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        amount_usd = self.amount_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if amount_usd is not None or "amount_usd" not in self._missing_fields:
            field_dict["amount_usd"] = amount_usd
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        amount_usd = d.pop("amount_usd", MISSING)
        if amount_usd.__class__ is not float and amount_usd.__class__ is not int:
            if amount_usd is MISSING:
                amount_usd = missing_field(cls, "amount_usd")
                _missing += ("amount_usd",)
            else:
                amount_usd = unexpected_type(cls, "amount_usd", amount_usd, "a number")

        quote_info = cls(
            amount_usd=amount_usd,
        )
        if _missing:
            quote_info._missing_fields = _missing
        quote_info.additional_properties = d
        return quote_info

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
