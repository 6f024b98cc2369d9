from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpsertOrderItemResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'item_id': 'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}

    Attributes:
        quote: The quoted price for this item.
    """

    item_id: str

    quote: None | QuoteInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("item_id", "item_id", STR, required=True),
        Field("quote", "quote", union(object_of("QuoteInfo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.quote_info import QuoteInfo
