from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    DATETIME,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import OrderState


@_attrs_define(slots=False)
class SubmitOrderResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'state': 'submitted', 'submitted_at':
        '2025-03-15T10:30:00Z'}

    Attributes:
        state: The current state of the order after submission.
        submitted_at: The timestamp when the order was submitted.
    """

    order_id: str

    state: OrderState | str

    submitted_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", STR, required=True),
        Field("state", "state", union(literal("OrderState"), STR), required=True),
        Field("submitted_at", "submitted_at", DATETIME, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
