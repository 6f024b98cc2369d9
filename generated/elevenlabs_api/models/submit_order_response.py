from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SubmitOrderResponse")


@_attrs_define
class SubmitOrderResponse:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        order_id = d.pop("order_id", MISSING)
        if order_id.__class__ is not str:
            if order_id is MISSING:
                order_id = missing_field(cls, "order_id")
                _missing += ("order_id",)
            else:
                order_id = unexpected_type(cls, "order_id", order_id, "a string")

        state = d.pop("state", MISSING)
        if state.__class__ is not str:
            if state is MISSING:
                state = missing_field(cls, "state")
                _missing += ("state",)
            else:
                state = unexpected_type(cls, "state", state, "a string")

        submitted_at_raw = d.pop("submitted_at", MISSING)
        if submitted_at_raw is MISSING:
            submitted_at = missing_field(cls, "submitted_at")
            _missing += ("submitted_at",)
        else:
            try:
                submitted_at = datetime.datetime.fromisoformat(submitted_at_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                submitted_at = deviating_field(cls, "submitted_at", submitted_at_raw)

        submit_order_response = cls(
            order_id=order_id,
            state=state,
            submitted_at=submitted_at,
        )
        if _missing:
            submit_order_response._missing_fields = _missing
        submit_order_response.additional_properties = d
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
