from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import OrderState
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="OrderResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class OrderResponse(Lazy):
    """Example:
        {'created_at': '2025-03-15T10:00:00Z', 'items': [{'item': {'captions_sdh': False, 'destination_languages':
        ['hi', 'fr-FR', 'de'], 'include_captions': True, 'include_source_captions': False, 'instructions': "Voices don't
        need to match the originals, prioritize native-sounding voices", 'kind': 'dub', 'media_id':
        'prodmedia_01jgb2zd68f8f9tfvbb968wb8z', 'source_language': 'en'}, 'item_id':
        'proditem_01jgd3qhejfs7rm6swknz2ytjb', 'quote': {'amount_usd': 11.0}}], 'name': 'Spanish Dubs', 'order_id':
        'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'sandbox': False, 'state': 'open', 'total_amount_usd': 11.0}

    Attributes:
        order_id (str):
        name (str): The display name of the order.
        state (OrderState | str): The current state of the order.
        items (list[OrderItemInfo]): The list of items in this order with their quotes.
        created_at (datetime.datetime): The timestamp when the order was created.
        total_amount_usd (float | None | Unset): The total price for all items in USD. Excluded from response until
            quotes are available.
        sandbox (bool | Unset): Whether this is a sandbox order that auto-progresses without producer intervention.
            Defaults to False on the server.
        submitted_at (datetime.datetime | None | Unset): The timestamp when the order was submitted, if applicable.
        paid_at (datetime.datetime | None | Unset): The timestamp when payment was received, if applicable.
        accepted_at (datetime.datetime | None | Unset): The timestamp when the order was accepted for production, if
            applicable.
        completed_at (datetime.datetime | None | Unset): The timestamp when the order was completed, if applicable.
        cancel_reason (None | str | Unset): The reason the order was cancelled, if applicable.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "order_id",
        "name",
        "state",
        "items",
        "created_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        order_id = self.order_id

        name = self.name

        state: Any
        try:
            if isinstance(self.state, str):
                state = self.state
            else:
                state = self.state

        except (AttributeError, TypeError):
            state = self.state

        items: Any
        try:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        except (AttributeError, TypeError):
            items = self.items

        created_at: Any
        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = self.created_at

        total_amount_usd: Any
        try:
            total_amount_usd = self.total_amount_usd

        except (AttributeError, TypeError):
            total_amount_usd = self.total_amount_usd

        sandbox = self.sandbox

        submitted_at: Any
        try:
            if isinstance(self.submitted_at, Unset):
                submitted_at = UNSET
            elif isinstance(self.submitted_at, datetime.datetime):
                submitted_at = self.submitted_at.isoformat()
            else:
                submitted_at = self.submitted_at

        except (AttributeError, TypeError):
            submitted_at = self.submitted_at

        paid_at: Any
        try:
            if isinstance(self.paid_at, Unset):
                paid_at = UNSET
            elif isinstance(self.paid_at, datetime.datetime):
                paid_at = self.paid_at.isoformat()
            else:
                paid_at = self.paid_at

        except (AttributeError, TypeError):
            paid_at = self.paid_at

        accepted_at: Any
        try:
            if isinstance(self.accepted_at, Unset):
                accepted_at = UNSET
            elif isinstance(self.accepted_at, datetime.datetime):
                accepted_at = self.accepted_at.isoformat()
            else:
                accepted_at = self.accepted_at

        except (AttributeError, TypeError):
            accepted_at = self.accepted_at

        completed_at: Any
        try:
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            elif isinstance(self.completed_at, datetime.datetime):
                completed_at = self.completed_at.isoformat()
            else:
                completed_at = self.completed_at

        except (AttributeError, TypeError):
            completed_at = self.completed_at

        cancel_reason: Any
        try:
            cancel_reason = self.cancel_reason

        except (AttributeError, TypeError):
            cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order_id is not None or "order_id" not in self._missing_fields:
            field_dict["order_id"] = order_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if items is not None or "items" not in self._missing_fields:
            field_dict["items"] = items
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if total_amount_usd is not UNSET:
            field_dict["total_amount_usd"] = total_amount_usd
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if accepted_at is not UNSET:
            field_dict["accepted_at"] = accepted_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        order_response = cls.__new__(cls)
        order_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return order_response

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


_read_order_id = plain_reader("order_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_state = plain_reader("state", (str,), "a string", True)


def _read_items(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    items_raw = d.get("items", MISSING)
    if items_raw is MISSING:
        items = missing_field(cls, "items")
    else:
        try:
            expect_array("items", items_raw)
            items = []
            _items = items_raw
            for items_item_data in _items:
                items_item = OrderItemInfo.from_dict(items_item_data)

                items.append(items_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            items = deviating_field(cls, "items", items_raw)

    return items


def _read_created_at(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    created_at_raw = d.get("created_at", MISSING)
    if created_at_raw is MISSING:
        created_at = missing_field(cls, "created_at")
    else:
        try:
            created_at = datetime.datetime.fromisoformat(created_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            created_at = deviating_field(cls, "created_at", created_at_raw)

    return created_at


_read_total_amount_usd = plain_reader(
    "total_amount_usd",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_sandbox = plain_reader("sandbox", (bool,), "a boolean", False)


def _read_submitted_at(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    submitted_at_raw = d.get("submitted_at", UNSET)
    try:

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            submitted_at_type_0 = datetime.datetime.fromisoformat(data)

            return submitted_at_type_0

        submitted_at = _parse_submitted_at(submitted_at_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        submitted_at = deviating_field(cls, "submitted_at", submitted_at_raw)

    return submitted_at


def _read_paid_at(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    paid_at_raw = d.get("paid_at", UNSET)
    try:

        def _parse_paid_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            paid_at_type_0 = datetime.datetime.fromisoformat(data)

            return paid_at_type_0

        paid_at = _parse_paid_at(paid_at_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        paid_at = deviating_field(cls, "paid_at", paid_at_raw)

    return paid_at


def _read_accepted_at(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    accepted_at_raw = d.get("accepted_at", UNSET)
    try:

        def _parse_accepted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            accepted_at_type_0 = datetime.datetime.fromisoformat(data)

            return accepted_at_type_0

        accepted_at = _parse_accepted_at(accepted_at_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        accepted_at = deviating_field(cls, "accepted_at", accepted_at_raw)

    return accepted_at


def _read_completed_at(cls: type[OrderResponse], d: Mapping[str, Any]) -> Any:
    completed_at_raw = d.get("completed_at", UNSET)
    try:

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            completed_at_type_0 = datetime.datetime.fromisoformat(data)

            return completed_at_type_0

        completed_at = _parse_completed_at(completed_at_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        completed_at = deviating_field(cls, "completed_at", completed_at_raw)

    return completed_at


_read_cancel_reason = plain_reader(
    "cancel_reason",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "order_id",
        "name",
        "state",
        "items",
        "created_at",
        "total_amount_usd",
        "sandbox",
        "submitted_at",
        "paid_at",
        "accepted_at",
        "completed_at",
        "cancel_reason",
    )
)


def _read_additional_properties(cls: type[OrderResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[OrderResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    order_id = d.get("order_id", MISSING)
    if order_id.__class__ is not str:
        order_id = _read_order_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    state = d.get("state", MISSING)
    if state.__class__ is not str:
        state = _read_state(cls, d)

    if "items" in known:
        items = known["items"]
    else:
        items = _read_items(cls, d)

    if "created_at" in known:
        created_at = known["created_at"]
    else:
        created_at = _read_created_at(cls, d)

    total_amount_usd = d.get("total_amount_usd", UNSET)
    if (
        total_amount_usd.__class__ is not float
        and total_amount_usd.__class__ is not int
        and total_amount_usd is not None
        and total_amount_usd is not UNSET
    ):
        total_amount_usd = _read_total_amount_usd(cls, d)

    sandbox = d.get("sandbox", UNSET)
    if sandbox.__class__ is not bool and sandbox is not UNSET:
        sandbox = _read_sandbox(cls, d)

    if "submitted_at" in known:
        submitted_at = known["submitted_at"]
    else:
        submitted_at = d.get("submitted_at", UNSET)
        if submitted_at is not UNSET and submitted_at is not None:
            submitted_at = _read_submitted_at(cls, d)

    if "paid_at" in known:
        paid_at = known["paid_at"]
    else:
        paid_at = d.get("paid_at", UNSET)
        if paid_at is not UNSET and paid_at is not None:
            paid_at = _read_paid_at(cls, d)

    if "accepted_at" in known:
        accepted_at = known["accepted_at"]
    else:
        accepted_at = d.get("accepted_at", UNSET)
        if accepted_at is not UNSET and accepted_at is not None:
            accepted_at = _read_accepted_at(cls, d)

    if "completed_at" in known:
        completed_at = known["completed_at"]
    else:
        completed_at = d.get("completed_at", UNSET)
        if completed_at is not UNSET and completed_at is not None:
            completed_at = _read_completed_at(cls, d)

    cancel_reason = d.get("cancel_reason", UNSET)
    if cancel_reason.__class__ is not str and cancel_reason is not None and cancel_reason is not UNSET:
        cancel_reason = _read_cancel_reason(cls, d)

    return {
        "order_id": order_id,
        "name": name,
        "state": state,
        "items": items,
        "created_at": created_at,
        "total_amount_usd": total_amount_usd,
        "sandbox": sandbox,
        "submitted_at": submitted_at,
        "paid_at": paid_at,
        "accepted_at": accepted_at,
        "completed_at": completed_at,
        "cancel_reason": cancel_reason,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    OrderResponse,
    _all_fields,
    {
        "order_id": _read_order_id,
        "name": _read_name,
        "state": _read_state,
        "items": _read_items,
        "created_at": _read_created_at,
        "total_amount_usd": _read_total_amount_usd,
        "sandbox": _read_sandbox,
        "submitted_at": _read_submitted_at,
        "paid_at": _read_paid_at,
        "accepted_at": _read_accepted_at,
        "completed_at": _read_completed_at,
        "cancel_reason": _read_cancel_reason,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.order_item_info import OrderItemInfo
