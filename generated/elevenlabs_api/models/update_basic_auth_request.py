from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="UpdateBasicAuthRequest")


@_attrs_define
class UpdateBasicAuthRequest:
    """Attributes:
    auth_type (Literal['basic_auth'] | Unset):  Default: 'basic_auth'.
    provider (None | str | Unset):
    username (None | str | Unset):
    password (None | str | Unset):
    """

    auth_type: Literal["basic_auth"] | Unset = "basic_auth"

    provider: None | str | Unset = UNSET

    username: None | str | Unset = UNSET

    password: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "basic_auth")

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        provider: Any
        try:
            provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        username: Any
        try:
            username = self.username

        except (AttributeError, TypeError):
            username = self.username

        password: Any
        try:
            password = self.password

        except (AttributeError, TypeError):
            password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["basic_auth"] | Unset, auth_type_raw)
        if auth_type != "basic_auth" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'basic_auth', got '{auth_type}'")

        provider = d.pop("provider", UNSET)
        if provider.__class__ is not str and provider is not None and provider is not UNSET:
            provider = unexpected_type(cls, "provider", provider, "a string or null")

        username = d.pop("username", UNSET)
        if username.__class__ is not str and username is not None and username is not UNSET:
            username = unexpected_type(cls, "username", username, "a string or null")

        password = d.pop("password", UNSET)
        if password.__class__ is not str and password is not None and password is not UNSET:
            password = unexpected_type(cls, "password", password, "a string or null")

        update_basic_auth_request = cls(
            auth_type=auth_type,
            provider=provider,
            username=username,
            password=password,
        )
        update_basic_auth_request.additional_properties = d
        return update_basic_auth_request

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
