from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sip_log_message_direction import SIPLogMessageDirection

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

        phone_numbers = self.phone_numbers

        local_address = self.local_address

        remote_address = self.remote_address

        transport = self.transport

        raw_message = self.raw_message

        error_message = self.error_message

        direction: str
        if isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        created_at_unix_micro = self.created_at_unix_micro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_id"] = call_id
        field_dict["phone_numbers"] = phone_numbers
        field_dict["local_address"] = local_address
        field_dict["remote_address"] = remote_address
        field_dict["transport"] = transport
        field_dict["raw_message"] = raw_message
        field_dict["error_message"] = error_message
        field_dict["direction"] = direction
        field_dict["created_at_unix_micro"] = created_at_unix_micro
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        phone_numbers = cast(list[str], d.pop("phone_numbers"))

        local_address = d.pop("local_address")

        remote_address = d.pop("remote_address")

        transport = d.pop("transport")

        raw_message = d.pop("raw_message")

        error_message = d.pop("error_message")

        direction = d.pop("direction")

        created_at_unix_micro = d.pop("created_at_unix_micro")

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
