from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PlatformCategoryUsage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PlatformCategoryUsage(Lazy):
    """Accumulated charge for a single :class:`PlatformCategory`.

    Attributes:
        credits_ (int | Unset): Defaults to 0 on the server.
        price (float | Unset): Defaults to 0.0 on the server.
        quantity (float | Unset): Defaults to 0.0 on the server.
    """

    credits_: int | Unset = UNSET

    price: float | Unset = UNSET

    quantity: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        credits_ = self.credits_

        price = self.price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        platform_category_usage = cls.__new__(cls)
        platform_category_usage.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return platform_category_usage

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


_read_credits_ = plain_reader("credits", (int,), "an integer", False)

_read_price = plain_reader(
    "price",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_quantity = plain_reader(
    "quantity",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "credits",
        "price",
        "quantity",
    )
)


def _read_additional_properties(cls: type[PlatformCategoryUsage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PlatformCategoryUsage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    credits_ = d.get("credits", UNSET)
    if credits_.__class__ is not int and credits_ is not UNSET:
        credits_ = _read_credits_(cls, d)

    price = d.get("price", UNSET)
    if price.__class__ is not float and price.__class__ is not int and price is not UNSET:
        price = _read_price(cls, d)

    quantity = d.get("quantity", UNSET)
    if quantity.__class__ is not float and quantity.__class__ is not int and quantity is not UNSET:
        quantity = _read_quantity(cls, d)

    return {
        "credits_": credits_,
        "price": price,
        "quantity": quantity,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PlatformCategoryUsage,
    _all_fields,
    {
        "credits_": _read_credits_,
        "price": _read_price,
        "quantity": _read_quantity,
        "additional_properties": _read_additional_properties,
    },
)
