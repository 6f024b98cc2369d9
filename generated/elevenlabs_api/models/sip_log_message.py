from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_log_message_direction import SIPLogMessageDirection
from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SIPLogMessage")


@_attrs_define
class SIPLogMessage:
    """Attributes:
    call_id (str):
    phone_numbers (list[str]):
    local_address (str):
    remote_address (str):
    transport (str):
    raw_message (str):
    error_message (str):
    direction (SIPLogMessageDirection | str):
    created_at_unix_micro (int):
    """

    call_id: str

    phone_numbers: list[str]

    local_address: str

    remote_address: str

    transport: str

    raw_message: str

    error_message: str

    direction: SIPLogMessageDirection | str

    created_at_unix_micro: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        phone_numbers: Any
        try:
            phone_numbers = self.phone_numbers

        except (AttributeError, TypeError):
            phone_numbers = self.phone_numbers

        local_address = self.local_address

        remote_address = self.remote_address

        transport = self.transport

        raw_message = self.raw_message

        error_message = self.error_message

        direction: Any
        try:
            if isinstance(self.direction, str):
                direction = self.direction
            else:
                direction = self.direction

        except (AttributeError, TypeError):
            direction = self.direction

        created_at_unix_micro = self.created_at_unix_micro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_id is not None or "call_id" not in self._missing_fields:
            field_dict["call_id"] = call_id
        if phone_numbers is not None or "phone_numbers" not in self._missing_fields:
            field_dict["phone_numbers"] = phone_numbers
        if local_address is not None or "local_address" not in self._missing_fields:
            field_dict["local_address"] = local_address
        if remote_address is not None or "remote_address" not in self._missing_fields:
            field_dict["remote_address"] = remote_address
        if transport is not None or "transport" not in self._missing_fields:
            field_dict["transport"] = transport
        if raw_message is not None or "raw_message" not in self._missing_fields:
            field_dict["raw_message"] = raw_message
        if error_message is not None or "error_message" not in self._missing_fields:
            field_dict["error_message"] = error_message
        if direction is not None or "direction" not in self._missing_fields:
            field_dict["direction"] = direction
        if created_at_unix_micro is not None or "created_at_unix_micro" not in self._missing_fields:
            field_dict["created_at_unix_micro"] = created_at_unix_micro
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        call_id = d.pop("call_id", MISSING)
        if call_id.__class__ is not str:
            if call_id is MISSING:
                call_id = missing_field(cls, "call_id")
                _missing += ("call_id",)
            else:
                call_id = unexpected_type(cls, "call_id", call_id, "a string")

        phone_numbers = d.pop("phone_numbers", MISSING)
        if phone_numbers.__class__ is not list:
            if phone_numbers is MISSING:
                phone_numbers = missing_field(cls, "phone_numbers")
                _missing += ("phone_numbers",)
            else:
                phone_numbers = unexpected_type(cls, "phone_numbers", phone_numbers, "an array")
        elif phone_numbers.__class__ is list and phone_numbers:
            check_items(cls, "phone_numbers", phone_numbers, (str,), "a string")

        local_address = d.pop("local_address", MISSING)
        if local_address.__class__ is not str:
            if local_address is MISSING:
                local_address = missing_field(cls, "local_address")
                _missing += ("local_address",)
            else:
                local_address = unexpected_type(cls, "local_address", local_address, "a string")

        remote_address = d.pop("remote_address", MISSING)
        if remote_address.__class__ is not str:
            if remote_address is MISSING:
                remote_address = missing_field(cls, "remote_address")
                _missing += ("remote_address",)
            else:
                remote_address = unexpected_type(cls, "remote_address", remote_address, "a string")

        transport = d.pop("transport", MISSING)
        if transport.__class__ is not str:
            if transport is MISSING:
                transport = missing_field(cls, "transport")
                _missing += ("transport",)
            else:
                transport = unexpected_type(cls, "transport", transport, "a string")

        raw_message = d.pop("raw_message", MISSING)
        if raw_message.__class__ is not str:
            if raw_message is MISSING:
                raw_message = missing_field(cls, "raw_message")
                _missing += ("raw_message",)
            else:
                raw_message = unexpected_type(cls, "raw_message", raw_message, "a string")

        error_message = d.pop("error_message", MISSING)
        if error_message.__class__ is not str:
            if error_message is MISSING:
                error_message = missing_field(cls, "error_message")
                _missing += ("error_message",)
            else:
                error_message = unexpected_type(cls, "error_message", error_message, "a string")

        direction = d.pop("direction", MISSING)
        if direction.__class__ is not str:
            if direction is MISSING:
                direction = missing_field(cls, "direction")
                _missing += ("direction",)
            else:
                direction = unexpected_type(cls, "direction", direction, "a string")

        created_at_unix_micro = d.pop("created_at_unix_micro", MISSING)
        if created_at_unix_micro.__class__ is not int:
            if created_at_unix_micro is MISSING:
                created_at_unix_micro = missing_field(cls, "created_at_unix_micro")
                _missing += ("created_at_unix_micro",)
            else:
                created_at_unix_micro = unexpected_type(
                    cls, "created_at_unix_micro", created_at_unix_micro, "an integer"
                )

        sip_log_message = cls(
            call_id=call_id,
            phone_numbers=phone_numbers,
            local_address=local_address,
            remote_address=remote_address,
            transport=transport,
            raw_message=raw_message,
            error_message=error_message,
            direction=direction,
            created_at_unix_micro=created_at_unix_micro,
        )
        if _missing:
            sip_log_message._missing_fields = _missing
        sip_log_message.additional_properties = d
        return sip_log_message

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
