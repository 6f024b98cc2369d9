from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DeviceModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DeviceModel(Lazy):
    """Device information.

    Spec: https://schema.ocsf.io/1.6.0/objects/device

    Attributes:
        ip (None | str | Unset): IP address
        hostname (None | str | Unset): Device hostname
        type_id (int | Unset): Device type ID (99 = Unknown) Defaults to 99 on the server.
    """

    ip: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    type_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        ip: Any
        try:
            ip = self.ip

        except (AttributeError, TypeError):
            ip = self.ip

        hostname: Any
        try:
            hostname = self.hostname

        except (AttributeError, TypeError):
            hostname = self.hostname

        type_id = self.type_id

        field_dict: dict[str, Any] = {}
        if ip is not UNSET:
            field_dict["ip"] = ip
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        device_model = cls.__new__(cls)
        device_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return device_model


_read_ip = plain_reader(
    "ip",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_hostname = plain_reader(
    "hostname",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_type_id = plain_reader("type_id", (int,), "an integer", False)


def _all_fields(cls: type[DeviceModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    ip = d.get("ip", UNSET)
    if ip.__class__ is not str and ip is not None and ip is not UNSET:
        ip = _read_ip(cls, d)

    hostname = d.get("hostname", UNSET)
    if hostname.__class__ is not str and hostname is not None and hostname is not UNSET:
        hostname = _read_hostname(cls, d)

    type_id = d.get("type_id", UNSET)
    if type_id.__class__ is not int and type_id is not UNSET:
        type_id = _read_type_id(cls, d)

    return {
        "ip": ip,
        "hostname": hostname,
        "type_id": type_id,
    }


set_readers(
    DeviceModel,
    _all_fields,
    {
        "ip": _read_ip,
        "hostname": _read_hostname,
        "type_id": _read_type_id,
    },
)
