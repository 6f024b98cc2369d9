from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AllowlistItem")


@_attrs_define
class AllowlistItem:
    """Attributes:
    hostname (str): The hostname of the allowed origin
    """

    hostname: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hostname is not None or "hostname" not in self._missing_fields:
            field_dict["hostname"] = hostname
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        hostname = d.pop("hostname", MISSING)
        if hostname.__class__ is not str:
            if hostname is MISSING:
                hostname = missing_field(cls, "hostname")
                _missing += ("hostname",)
            else:
                hostname = unexpected_type(cls, "hostname", hostname, "a string")

        allowlist_item = cls(
            hostname=hostname,
        )
        if _missing:
            allowlist_item._missing_fields = _missing
        allowlist_item.additional_properties = d
        return allowlist_item

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
