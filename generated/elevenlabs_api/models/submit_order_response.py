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
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SubmitOrderResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SubmitOrderResponse(Lazy):
    """Example:
        {'order_id': 'prodorder_01jgatk6h0fwxrtbjade61yqhx', 'state': 'submitted', 'submitted_at':
        '2025-03-15T10:30:00Z'}

    Attributes:
        order_id (str):
        state (OrderState | str): The current state of the order after submission.
        submitted_at (datetime.datetime): The timestamp when the order was submitted.
    """

    order_id: str

    state: OrderState | str

    submitted_at: datetime.datetime

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "order_id",
        "state",
        "submitted_at",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        order_id = self.order_id

        state: Any
        try:
            if isinstance(self.state, str):
                state = self.state
            else:
                state = self.state

        except (AttributeError, TypeError):
            state = self.state

        submitted_at: Any
        try:
            submitted_at = self.submitted_at.isoformat()
        except (AttributeError, TypeError):
            submitted_at = self.submitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order_id is not None or "order_id" not in self._missing_fields:
            field_dict["order_id"] = order_id
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if submitted_at is not None or "submitted_at" not in self._missing_fields:
            field_dict["submitted_at"] = submitted_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        submit_order_response = cls.__new__(cls)
        submit_order_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return submit_order_response

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

_read_state = plain_reader("state", (str,), "a string", True)


def _read_submitted_at(cls: type[SubmitOrderResponse], d: Mapping[str, Any]) -> Any:
    submitted_at_raw = d.get("submitted_at", MISSING)
    if submitted_at_raw is MISSING:
        submitted_at = missing_field(cls, "submitted_at")
    else:
        try:
            submitted_at = datetime.datetime.fromisoformat(submitted_at_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            submitted_at = deviating_field(cls, "submitted_at", submitted_at_raw)

    return submitted_at


_FIELDS: frozenset[str] = frozenset(
    (
        "order_id",
        "state",
        "submitted_at",
    )
)


def _read_additional_properties(cls: type[SubmitOrderResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SubmitOrderResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    order_id = d.get("order_id", MISSING)
    if order_id.__class__ is not str:
        order_id = _read_order_id(cls, d)

    state = d.get("state", MISSING)
    if state.__class__ is not str:
        state = _read_state(cls, d)

    if "submitted_at" in known:
        submitted_at = known["submitted_at"]
    else:
        submitted_at = _read_submitted_at(cls, d)

    return {
        "order_id": order_id,
        "state": state,
        "submitted_at": submitted_at,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SubmitOrderResponse,
    _all_fields,
    {
        "order_id": _read_order_id,
        "state": _read_state,
        "submitted_at": _read_submitted_at,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
