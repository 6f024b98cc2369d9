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

T = TypeVar("T", bound="ListOrdersResponse")


@_attrs_define
class ListOrdersResponse:
    """Example:
        {'orders': [{'name': 'Spanish Dubs', 'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'state': 'submitted',
        'submitted_at': '2025-03-15T10:30:00Z', 'total_amount_usd': 11.0, 'updated_at': '2025-03-15T10:30:00Z'}]}

    Attributes:
        orders (list[OrderSummary]): The list of orders matching the query.
    """

    orders: list[OrderSummary]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        orders_raw = d.pop("orders", MISSING)
        if orders_raw is MISSING:
            orders = missing_field(cls, "orders")
            _missing += ("orders",)
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

        list_orders_response = cls(
            orders=orders,
        )
        if _missing:
            list_orders_response._missing_fields = _missing
        list_orders_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.order_summary import OrderSummary
