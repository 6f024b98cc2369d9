from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_log_message_direction import SIPLogMessageDirection
from ..types import MISSING, deviating_field, missing_field

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
        if call_id is not None:
            field_dict["call_id"] = call_id
        if phone_numbers is not None:
            field_dict["phone_numbers"] = phone_numbers
        if local_address is not None:
            field_dict["local_address"] = local_address
        if remote_address is not None:
            field_dict["remote_address"] = remote_address
        if transport is not None:
            field_dict["transport"] = transport
        if raw_message is not None:
            field_dict["raw_message"] = raw_message
        if error_message is not None:
            field_dict["error_message"] = error_message
        if direction is not None:
            field_dict["direction"] = direction
        if created_at_unix_micro is not None:
            field_dict["created_at_unix_micro"] = created_at_unix_micro
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        call_id = d.pop("call_id", MISSING)
        if call_id is MISSING:
            call_id = missing_field(cls, "call_id")

        phone_numbers_raw = d.pop("phone_numbers", MISSING)
        if phone_numbers_raw is MISSING:
            phone_numbers_raw = missing_field(cls, "phone_numbers")
        try:
            phone_numbers = cast(list[str], phone_numbers_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            phone_numbers = deviating_field(cls, "phone_numbers", phone_numbers_raw)

        local_address = d.pop("local_address", MISSING)
        if local_address is MISSING:
            local_address = missing_field(cls, "local_address")

        remote_address = d.pop("remote_address", MISSING)
        if remote_address is MISSING:
            remote_address = missing_field(cls, "remote_address")

        transport = d.pop("transport", MISSING)
        if transport is MISSING:
            transport = missing_field(cls, "transport")

        raw_message = d.pop("raw_message", MISSING)
        if raw_message is MISSING:
            raw_message = missing_field(cls, "raw_message")

        error_message = d.pop("error_message", MISSING)
        if error_message is MISSING:
            error_message = missing_field(cls, "error_message")

        direction = d.pop("direction", MISSING)
        if direction is MISSING:
            direction = missing_field(cls, "direction")

        created_at_unix_micro = d.pop("created_at_unix_micro", MISSING)
        if created_at_unix_micro is MISSING:
            created_at_unix_micro = missing_field(cls, "created_at_unix_micro")

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
