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

T = TypeVar("T", bound="ListOrdersResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListOrdersResponse(Lazy):
    """Example:
        {'orders': [{'name': 'Spanish Dubs', 'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'state': 'submitted',
        'submitted_at': '2025-03-15T10:30:00Z', 'total_amount_usd': 11.0, 'updated_at': '2025-03-15T10:30:00Z'}]}

    Attributes:
        orders (list[OrderSummary]): The list of orders matching the query.
    """

    orders: list[OrderSummary]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("orders",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        orders: Any
        try:
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        except (AttributeError, TypeError):
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if orders is not None or "orders" not in self._missing_fields:
            field_dict["orders"] = orders
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_orders_response = cls.__new__(cls)
        list_orders_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return list_orders_response

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


def _read_orders(cls: type[ListOrdersResponse], d: Mapping[str, Any]) -> Any:
    orders_raw = d.get("orders", MISSING)
    if orders_raw is MISSING:
        orders = missing_field(cls, "orders")
    else:
        try:
            expect_array("orders", orders_raw)
            orders = []
            _orders = orders_raw
            for orders_item_data in _orders:
                orders_item = OrderSummary.from_dict(orders_item_data)

                orders.append(orders_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            orders = deviating_field(cls, "orders", orders_raw)

    return orders


_FIELDS: frozenset[str] = frozenset(("orders",))


def _read_additional_properties(cls: type[ListOrdersResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ListOrdersResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "orders" in known:
        orders = known["orders"]
    else:
        orders = _read_orders(cls, d)

    return {
        "orders": orders,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListOrdersResponse,
    _all_fields,
    {
        "orders": _read_orders,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.order_summary import OrderSummary
