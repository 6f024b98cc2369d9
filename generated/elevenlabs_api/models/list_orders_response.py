from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    DATETIME,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import OrderState
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class OrderSummary(Lazy, AdditionalProperties[Any]):
    """Example:
        {'name': 'Spanish Dubs', 'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False, 'state':
        'submitted', 'submitted_at': '2025-03-15T10:30:00Z', 'total_amount_usd': 11.0, 'updated_at':
        '2025-03-15T10:30:00Z'}

    Attributes:
        name: The display name of the order.
        state: The current state of the order.
        total_amount_usd: The total price for all items in USD. Excluded from response until quotes are available.
        sandbox: Whether this is a sandbox order that auto-progresses without producer intervention. Defaults to False
            on the server.
        submitted_at: The timestamp when the order was submitted, if applicable.
        updated_at: The timestamp when the order was last modified, if applicable.
        cancel_reason: The reason the order was cancelled, if applicable.
    """

    order_id: str

    name: str

    state: OrderState | str

    total_amount_usd: float | None | Unset = UNSET

    sandbox: bool | Unset = UNSET

    submitted_at: datetime.datetime | None | Unset = UNSET

    updated_at: datetime.datetime | None | Unset = UNSET

    cancel_reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("state", "state", union(literal("OrderState"), STR), required=True),
        Field("total_amount_usd", "total_amount_usd", union(FLOAT, NULL)),
        Field("sandbox", "sandbox", BOOL),
        Field("submitted_at", "submitted_at", union(DATETIME, NULL)),
        Field("updated_at", "updated_at", union(DATETIME, NULL)),
        Field("cancel_reason", "cancel_reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
