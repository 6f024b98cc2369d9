from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OrderItemInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OrderItemInfo(Lazy):
    """Example:
        {'item': {'captions_sdh': False, 'destination_languages': ['hi', 'fr-FR', 'de'], 'include_captions': True,
        'include_source_captions': False, 'instructions': "Voices don't need to match the originals, prioritize native-
        sounding voices", 'kind': 'dub', 'media_id': 'prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'source_language': 'en'},
        'item_id': 'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}

    Attributes:
        item_id (str):
        item (DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant):
        quote (None | QuoteInfo | Unset): The quoted price for this item.
    """

    item_id: str

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant

    quote: None | QuoteInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "item_id",
        "item",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        item_id = self.item_id

        item: Any
        try:
            if (
                isinstance(self.item, DubOrderItemRequest)
                or isinstance(self.item, SubtitleOrderItemRequest)
                or isinstance(self.item, TranscriptionOrderItemRequest)
                or isinstance(self.item, UnknownVariant)
            ):
                item = self.item.to_dict()
            else:
                item = self.item

        except (AttributeError, TypeError):
            item = self.item

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
        if item is not None or "item" not in self._missing_fields:
            field_dict["item"] = item
        if quote is not UNSET:
            field_dict["quote"] = quote
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        order_item_info = cls.__new__(cls)
        order_item_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return order_item_info

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


_read_item_id = plain_reader("item_id", (str,), "a string", True)


def _read_item(cls: type[OrderItemInfo], d: Mapping[str, Any]) -> Any:
    item_raw = d.get("item", MISSING)
    if item_raw is MISSING:
        item = missing_field(cls, "item")
    else:
        try:

            def _parse_item(
                data: object,
            ) -> DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant:
                return parse_strictly(_parse_item_member, data)

            def _parse_item_member(
                data: object,
            ) -> DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant:
                if isinstance(data, dict):
                    for known in (
                        DubOrderItemRequest,
                        SubtitleOrderItemRequest,
                        TranscriptionOrderItemRequest,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_order_item_request_output_type_0 = DubOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_order_item_request_output_type_1 = SubtitleOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_order_item_request_output_type_2 = TranscriptionOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_output_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_order_item_request_output_type_3 = UnknownVariant.from_dict(data)

                return componentsschemas_order_item_request_output_type_3

            item = _parse_item(item_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            item = deviating_field(cls, "item", item_raw)

    return item


def _read_quote(cls: type[OrderItemInfo], d: Mapping[str, Any]) -> Any:
    quote_raw = d.get("quote", UNSET)
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

    return quote


_FIELDS: frozenset[str] = frozenset(
    (
        "item_id",
        "item",
        "quote",
    )
)


def _read_additional_properties(cls: type[OrderItemInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[OrderItemInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    item_id = d.get("item_id", MISSING)
    if item_id.__class__ is not str:
        item_id = _read_item_id(cls, d)

    if "item" in known:
        item = known["item"]
    else:
        item = _read_item(cls, d)

    if "quote" in known:
        quote = known["quote"]
    else:
        quote = d.get("quote", UNSET)
        if quote is not UNSET and quote is not None:
            quote = _read_quote(cls, d)

    return {
        "item_id": item_id,
        "item": item,
        "quote": quote,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OrderItemInfo,
    _all_fields,
    {
        "item_id": _read_item_id,
        "item": _read_item,
        "quote": _read_quote,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dub_order_item_request import DubOrderItemRequest
from ..models.quote_info import QuoteInfo
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
from ..models.unknown_variant import UnknownVariant
