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
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="OrderItemInfo")


@_attrs_define
class OrderItemInfo:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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

        item_raw = d.pop("item", MISSING)
        if item_raw is MISSING:
            item = missing_field(cls, "item")
            _missing += ("item",)
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
                        componentsschemas_order_item_request_output_type_2 = TranscriptionOrderItemRequest.from_dict(
                            data
                        )

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

        order_item_info = cls(
            item_id=item_id,
            item=item,
            quote=quote,
        )
        if _missing:
            order_item_info._missing_fields = _missing
        order_item_info.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dub_order_item_request import DubOrderItemRequest
from ..models.quote_info import QuoteInfo
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
from ..models.unknown_variant import UnknownVariant
