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

T = TypeVar("T", bound="UpdateBearerAuthRequest")


@_attrs_define
class UpdateBearerAuthRequest:
    """Attributes:
    auth_type (Literal['bearer_auth'] | Unset):  Default: 'bearer_auth'.
    provider (None | str | Unset):
    token (None | str | Unset):
    """

    auth_type: Literal["bearer_auth"] | Unset = "bearer_auth"

    provider: None | str | Unset = UNSET

    token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "bearer_auth")

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        provider: Any
        try:
            provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        token: Any
        try:
            token = self.token

        except (AttributeError, TypeError):
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if token is not UNSET:
            field_dict["token"] = token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["bearer_auth"] | Unset, auth_type_raw)
        if auth_type != "bearer_auth" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'bearer_auth', got '{auth_type}'")

        provider = d.pop("provider", UNSET)
        if provider.__class__ is not str and provider is not None and provider is not UNSET:
            provider = unexpected_type(cls, "provider", provider, "a string or null")

        token = d.pop("token", UNSET)
        if token.__class__ is not str and token is not None and token is not UNSET:
            token = unexpected_type(cls, "token", token, "a string or null")

        update_bearer_auth_request = cls(
            auth_type=auth_type,
            provider=provider,
            token=token,
        )
        update_bearer_auth_request.additional_properties = d
        return update_bearer_auth_request

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
