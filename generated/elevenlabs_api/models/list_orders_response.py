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


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListOrdersResponse(Lazy, AdditionalProperties[Any]):
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

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("orders", "orders", list_of(object_of("OrderSummary")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.order_summary import OrderSummary
