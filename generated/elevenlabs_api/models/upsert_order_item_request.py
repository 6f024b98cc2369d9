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

T = TypeVar("T", bound="UpsertOrderItemRequest")


@_attrs_define
class UpsertOrderItemRequest:
    """Attributes:
    item (DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest):
    item_id (None | str | Unset): The ID of an existing item to update. Omit to create a new item.
    """

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest

    item_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item: Any
        try:
            if (
                isinstance(self.item, DubOrderItemRequest)
                or isinstance(self.item, SubtitleOrderItemRequest)
                or isinstance(self.item, TranscriptionOrderItemRequest)
            ):
                item = self.item.to_dict()
            else:
                item = self.item

        except (AttributeError, TypeError):
            item = self.item

        item_id: Any
        try:
            item_id = self.item_id

        except (AttributeError, TypeError):
            item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if item is not None or "item" not in self._missing_fields:
            field_dict["item"] = item
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        item_raw = d.pop("item", MISSING)
        if item_raw is MISSING:
            item = missing_field(cls, "item")
            _missing += ("item",)
        else:
            try:

                def _parse_item(
                    data: object,
                ) -> DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest:
                    return parse_strictly(_parse_item_member, data)

                def _parse_item_member(
                    data: object,
                ) -> DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest:
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
                        componentsschemas_order_item_request_input_type_0 = DubOrderItemRequest.from_dict(data)

                        return componentsschemas_order_item_request_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        componentsschemas_order_item_request_input_type_1 = SubtitleOrderItemRequest.from_dict(data)

                        return componentsschemas_order_item_request_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    componentsschemas_order_item_request_input_type_2 = TranscriptionOrderItemRequest.from_dict(data)

                    return componentsschemas_order_item_request_input_type_2

                item = _parse_item(item_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                item = deviating_field(cls, "item", item_raw)

        item_id = d.pop("item_id", UNSET)
        if item_id.__class__ is not str and item_id is not None and item_id is not UNSET:
            item_id = unexpected_type(cls, "item_id", item_id, "a string or null")

        upsert_order_item_request = cls(
            item=item,
            item_id=item_id,
        )
        if _missing:
            upsert_order_item_request._missing_fields = _missing
        upsert_order_item_request.additional_properties = d
        return upsert_order_item_request

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
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
