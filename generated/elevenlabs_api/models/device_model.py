from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="DeviceModel")


@_attrs_define
class DeviceModel:
    """Device information.

    Spec: https://schema.ocsf.io/1.6.0/objects/device

    Attributes:
        ip (None | str | Unset): IP address
        hostname (None | str | Unset): Device hostname
        type_id (int | Unset): Device type ID (99 = Unknown) Default: 99.
    """

    ip: None | str | Unset = UNSET

    hostname: None | str | Unset = UNSET

    type_id: int | Unset = 99

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str and ip is not None and ip is not UNSET:
            ip = unexpected_type(cls, "ip", ip, "a string or null")

        hostname = d.pop("hostname", UNSET)
        if hostname.__class__ is not str and hostname is not None and hostname is not UNSET:
            hostname = unexpected_type(cls, "hostname", hostname, "a string or null")

        type_id = d.pop("type_id", UNSET)
        if type_id.__class__ is not int and type_id is not UNSET:
            type_id = unexpected_type(cls, "type_id", type_id, "an integer")

        device_model = cls(
            ip=ip,
            hostname=hostname,
            type_id=type_id,
        )
        return device_model
