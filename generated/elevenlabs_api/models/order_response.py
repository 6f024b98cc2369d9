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
class OrderResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'created_at': '2025-03-15T10:00:00Z', 'items': [{'item': {'captions_sdh': False, 'destination_languages':
        ['hi', 'fr-FR', 'de'], 'include_captions': True, 'include_source_captions': False, 'instructions': "Voices don't
        need to match the originals, prioritize native-sounding voices", 'kind': 'dub', 'media_id':
        'prodmedia_01jgb2zd68f8f9tfvbb968wb8z', 'source_language': 'en'}, 'item_id':
        'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}], 'name': 'Spanish Dubs', 'order_id':
        'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False, 'state': 'open', 'total_amount_usd': 11.0}

    Attributes:
        name: The display name of the order.
        state: The current state of the order.
        items: The list of items in this order with their quotes.
        created_at: The timestamp when the order was created.
        total_amount_usd: The total price for all items in USD. Excluded from response until quotes are available.
        sandbox: Whether this is a sandbox order that auto-progresses without producer intervention. Defaults to False
            on the server.
        submitted_at: The timestamp when the order was submitted, if applicable.
        paid_at: The timestamp when payment was received, if applicable.
        accepted_at: The timestamp when the order was accepted for production, if applicable.
        completed_at: The timestamp when the order was completed, if applicable.
        cancel_reason: The reason the order was cancelled, if applicable.
    """

    order_id: str

    name: str

    state: OrderState | str

    items: list[OrderItemInfo]

    created_at: datetime.datetime

    total_amount_usd: float | None | Unset = UNSET

    sandbox: bool | Unset = UNSET

    submitted_at: datetime.datetime | None | Unset = UNSET

    paid_at: datetime.datetime | None | Unset = UNSET

    accepted_at: datetime.datetime | None | Unset = UNSET

    completed_at: datetime.datetime | None | Unset = UNSET

    cancel_reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("order_id", "order_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("state", "state", union(literal("OrderState"), STR), required=True),
        Field("items", "items", list_of(object_of("OrderItemInfo")), required=True),
        Field("created_at", "created_at", DATETIME, required=True),
        Field("total_amount_usd", "total_amount_usd", union(FLOAT, NULL)),
        Field("sandbox", "sandbox", BOOL),
        Field("submitted_at", "submitted_at", union(DATETIME, NULL)),
        Field("paid_at", "paid_at", union(DATETIME, NULL)),
        Field("accepted_at", "accepted_at", union(DATETIME, NULL)),
        Field("completed_at", "completed_at", union(DATETIME, NULL)),
        Field("cancel_reason", "cancel_reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OrderItemInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'item': {'captions_sdh': False, 'destination_languages': ['hi', 'fr-FR', 'de'], 'include_captions': True,
        'include_source_captions': False, 'instructions': "Voices don't need to match the originals, prioritize native-
        sounding voices", 'kind': 'dub', 'media_id': 'prodmedia_01jgatk6h0fwxrtbjade61yqhx', 'source_language': 'en'},
        'item_id': 'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}

    Attributes:
        quote: The quoted price for this item.
    """

    item_id: str

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest | UnknownVariant

    quote: None | QuoteInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("item_id", "item_id", STR, required=True),
        Field(
            "item",
            "item",
            union(
                object_of("DubOrderItemRequest"),
                object_of("SubtitleOrderItemRequest"),
                object_of("TranscriptionOrderItemRequest"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("quote", "quote", union(object_of("QuoteInfo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dub_order_item_request import DubOrderItemRequest
from ..models.quote_info import QuoteInfo
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
from ..models.unknown_variant import UnknownVariant
