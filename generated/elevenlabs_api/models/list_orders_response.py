from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ListOrdersResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'orders': [{'name': 'Spanish Dubs', 'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'state': 'submitted',
        'submitted_at': '2025-03-15T10:30:00Z', 'total_amount_usd': 11.0, 'updated_at': '2025-03-15T10:30:00Z'}]}

    Attributes:
        orders: The list of orders matching the query.
    """

    orders: list[OrderSummary]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("orders", "orders", list_of(object_of("OrderSummary")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.order_summary import OrderSummary
