from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateOrderResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False}

    Attributes:
        sandbox: Whether this is a sandbox order. Defaults to False on the server.
    """

    order_id: str

    sandbox: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", STR, required=True),
        Field("sandbox", "sandbox", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
