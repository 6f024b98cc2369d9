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

T = TypeVar("T", bound="AuthConnectionLocator")


@_attrs_define
class AuthConnectionLocator:
    """Used to reference an auth connection from the workspace's auth connection store.

    Attributes:
        auth_connection_id (str):
    """

    auth_connection_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        auth_connection_id = self.auth_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_connection_id is not None or "auth_connection_id" not in self._missing_fields:
            field_dict["auth_connection_id"] = auth_connection_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        auth_connection_id = d.pop("auth_connection_id", MISSING)
        if auth_connection_id.__class__ is not str:
            if auth_connection_id is MISSING:
                auth_connection_id = missing_field(cls, "auth_connection_id")
                _missing += ("auth_connection_id",)
            else:
                auth_connection_id = unexpected_type(cls, "auth_connection_id", auth_connection_id, "a string")

        auth_connection_locator = cls(
            auth_connection_id=auth_connection_id,
        )
        if _missing:
            auth_connection_locator._missing_fields = _missing
        auth_connection_locator.additional_properties = d
        return auth_connection_locator

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
