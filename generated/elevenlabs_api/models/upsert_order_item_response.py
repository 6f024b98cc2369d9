from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="UpsertOrderItemResponse")


@_attrs_define
class UpsertOrderItemResponse:
    """Example:
        {'item_id': 'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}

    Attributes:
        item_id (str):
        quote (None | QuoteInfo | Unset): The quoted price for this item.
    """

    item_id: str

    quote: None | QuoteInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        quote: Any
        try:
            if isinstance(self.quote, Unset):
                quote = UNSET
            elif isinstance(self.quote, QuoteInfo):
                quote = self.quote.to_dict()
            else:
                quote = self.quote

        except (AttributeError, TypeError):
            quote = self.quote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if item_id is not None or "item_id" not in self._missing_fields:
            field_dict["item_id"] = item_id
        if quote is not UNSET:
            field_dict["quote"] = quote
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        item_id = d.pop("item_id", MISSING)
        if item_id.__class__ is not str:
            if item_id is MISSING:
                item_id = missing_field(cls, "item_id")
                _missing += ("item_id",)
            else:
                item_id = unexpected_type(cls, "item_id", item_id, "a string")

        quote_raw = d.pop("quote", UNSET)
        try:

            def _parse_quote(data: object) -> None | QuoteInfo | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                quote_type_0 = QuoteInfo.from_dict(data)

                return quote_type_0

            quote = _parse_quote(quote_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            quote = deviating_field(cls, "quote", quote_raw)

        upsert_order_item_response = cls(
            item_id=item_id,
            quote=quote,
        )
        if _missing:
            upsert_order_item_response._missing_fields = _missing
        upsert_order_item_response.additional_properties = d
        return upsert_order_item_response

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
from ..models.quote_info import QuoteInfo
