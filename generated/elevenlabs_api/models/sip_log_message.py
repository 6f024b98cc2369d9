from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import SipLogMessageDirection
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SipLogMessage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SipLogMessage(Lazy):
    """Attributes:
    call_id (str):
    phone_numbers (list[str]):
    local_address (str):
    remote_address (str):
    transport (str):
    raw_message (str):
    error_message (str):
    direction (SipLogMessageDirection | str):
    created_at_unix_micro (int):
    """

    call_id: str

    phone_numbers: list[str]

    local_address: str

    remote_address: str

    transport: str

    raw_message: str

    error_message: str

    direction: SipLogMessageDirection | str

    created_at_unix_micro: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "call_id",
        "phone_numbers",
        "local_address",
        "remote_address",
        "transport",
        "raw_message",
        "error_message",
        "direction",
        "created_at_unix_micro",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        sip_log_message = cls.__new__(cls)
        sip_log_message.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_call_id = plain_reader("call_id", (str,), "a string", True)

_read_phone_numbers = plain_reader("phone_numbers", (list,), "an array", True, ((str,), "a string"))

_read_local_address = plain_reader("local_address", (str,), "a string", True)

_read_remote_address = plain_reader("remote_address", (str,), "a string", True)

_read_transport = plain_reader("transport", (str,), "a string", True)

_read_raw_message = plain_reader("raw_message", (str,), "a string", True)

_read_error_message = plain_reader("error_message", (str,), "a string", True)

_read_direction = plain_reader("direction", (str,), "a string", True)

_read_created_at_unix_micro = plain_reader("created_at_unix_micro", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "call_id",
        "phone_numbers",
        "local_address",
        "remote_address",
        "transport",
        "raw_message",
        "error_message",
        "direction",
        "created_at_unix_micro",
    )
)


def _read_additional_properties(cls: type[SipLogMessage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SipLogMessage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    call_id = d.get("call_id", MISSING)
    if call_id.__class__ is not str:
        call_id = _read_call_id(cls, d)

    phone_numbers = d.get("phone_numbers", MISSING)
    if phone_numbers.__class__ is not list:
        phone_numbers = _read_phone_numbers(cls, d)
    elif phone_numbers.__class__ is list and phone_numbers:
        check_items(cls, "phone_numbers", phone_numbers, (str,), "a string")

    local_address = d.get("local_address", MISSING)
    if local_address.__class__ is not str:
        local_address = _read_local_address(cls, d)

    remote_address = d.get("remote_address", MISSING)
    if remote_address.__class__ is not str:
        remote_address = _read_remote_address(cls, d)

    transport = d.get("transport", MISSING)
    if transport.__class__ is not str:
        transport = _read_transport(cls, d)

    raw_message = d.get("raw_message", MISSING)
    if raw_message.__class__ is not str:
        raw_message = _read_raw_message(cls, d)

    error_message = d.get("error_message", MISSING)
    if error_message.__class__ is not str:
        error_message = _read_error_message(cls, d)

    direction = d.get("direction", MISSING)
    if direction.__class__ is not str:
        direction = _read_direction(cls, d)

    created_at_unix_micro = d.get("created_at_unix_micro", MISSING)
    if created_at_unix_micro.__class__ is not int:
        created_at_unix_micro = _read_created_at_unix_micro(cls, d)

    return {
        "call_id": call_id,
        "phone_numbers": phone_numbers,
        "local_address": local_address,
        "remote_address": remote_address,
        "transport": transport,
        "raw_message": raw_message,
        "error_message": error_message,
        "direction": direction,
        "created_at_unix_micro": created_at_unix_micro,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SipLogMessage,
    _all_fields,
    {
        "call_id": _read_call_id,
        "phone_numbers": _read_phone_numbers,
        "local_address": _read_local_address,
        "remote_address": _read_remote_address,
        "transport": _read_transport,
        "raw_message": _read_raw_message,
        "error_message": _read_error_message,
        "direction": _read_direction,
        "created_at_unix_micro": _read_created_at_unix_micro,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
