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

T = TypeVar("T", bound="UpsertOrderItemRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpsertOrderItemRequest(Lazy):
    """Attributes:
    item (DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest):
    item_id (None | str | Unset): The ID of an existing item to update. Omit to create a new item.
    """

    item: DubOrderItemRequest | SubtitleOrderItemRequest | TranscriptionOrderItemRequest

    item_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("item",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        upsert_order_item_request = cls.__new__(cls)
        upsert_order_item_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_item(cls: type[UpsertOrderItemRequest], d: Mapping[str, Any]) -> Any:
    item_raw = d.get("item", MISSING)
    if item_raw is MISSING:
        item = missing_field(cls, "item")
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

    return item


_read_item_id = plain_reader(
    "item_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "item",
        "item_id",
    )
)


def _read_additional_properties(cls: type[UpsertOrderItemRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpsertOrderItemRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "item" in known:
        item = known["item"]
    else:
        item = _read_item(cls, d)

    item_id = d.get("item_id", UNSET)
    if item_id.__class__ is not str and item_id is not None and item_id is not UNSET:
        item_id = _read_item_id(cls, d)

    return {
        "item": item,
        "item_id": item_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UpsertOrderItemRequest,
    _all_fields,
    {
        "item": _read_item,
        "item_id": _read_item_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dub_order_item_request import DubOrderItemRequest
from ..models.subtitle_order_item_request import SubtitleOrderItemRequest
from ..models.transcription_order_item_request import TranscriptionOrderItemRequest
