from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import Currency


@_attrs_define(slots=False)
class Price(Lazy, AdditionalProperties[Any]):
    """Currency/amount pair."""

    amount: str

    currency: Currency | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("amount", "amount", STR, required=True),
        Field("currency", "currency", union(literal("Currency"), STR), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
