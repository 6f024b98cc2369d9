from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class QuoteInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'amount_usd': 11.0}

    Attributes:
        amount_usd: The quoted price for this item in USD. Use the order's total_amount_usd for the combined order
            total.
    """

    amount_usd: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("amount_usd", "amount_usd", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
