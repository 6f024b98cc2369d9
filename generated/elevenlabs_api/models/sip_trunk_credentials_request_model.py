from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SIPTrunkCredentialsRequestModel")


@_attrs_define
class SIPTrunkCredentialsRequestModel:
    """Attributes:
    username (str): SIP trunk username
    password (None | str | Unset): SIP trunk password - if not specified, then remain unchanged
    """

    username: str

    password: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password: Any
        try:
            password = self.password

        except (AttributeError, TypeError):
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if username is not None or "username" not in self._missing_fields:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        username = d.pop("username", MISSING)
        if username.__class__ is not str:
            if username is MISSING:
                username = missing_field(cls, "username")
                _missing += ("username",)
            else:
                username = unexpected_type(cls, "username", username, "a string")

        password = d.pop("password", UNSET)
        if password.__class__ is not str and password is not None and password is not UNSET:
            password = unexpected_type(cls, "password", password, "a string or null")

        sip_trunk_credentials_request_model = cls(
            username=username,
            password=password,
        )
        if _missing:
            sip_trunk_credentials_request_model._missing_fields = _missing
        sip_trunk_credentials_request_model.additional_properties = d
        return sip_trunk_credentials_request_model

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
