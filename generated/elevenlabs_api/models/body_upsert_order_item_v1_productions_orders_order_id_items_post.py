from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyUpsertOrderItemV1ProductionsOrdersOrderIdItemsPost(Lazy, AdditionalProperties[Any]):
    request: UpsertOrderItemRequest

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request", "request", object_of("UpsertOrderItemRequest"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpsertOrderItemRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    item_id: The ID of an existing item to update. Omit to create a new item.
    """

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest

    item_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "item",
            "item",
            union(
                object_of("DubOrderItemRequest"),
                object_of("SubtitleOrderItemRequest"),
                object_of("TranscriptionOrderItemRequest"),
            ),
            required=True,
        ),
        Field("item_id", "item_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dub_order_item_request import DubOrderItemRequest
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
