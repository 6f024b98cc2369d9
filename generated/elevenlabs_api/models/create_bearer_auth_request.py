from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreateBearerAuthRequest")


@_attrs_define
class CreateBearerAuthRequest:
    """Request model for creating Bearer Auth connections - inherits common settings and includes sensitive fields

    Attributes:
        name (str):
        provider (str):
        token (str):
        auth_type (Literal['bearer_auth'] | Unset):  Default: 'bearer_auth'.
    """

    name: str

    provider: str

    token: str

    auth_type: Literal["bearer_auth"] | Unset = "bearer_auth"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "bearer_auth")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        token = self.token

        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if token is not None or "token" not in self._missing_fields:
            field_dict["token"] = token
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["bearer_auth"] | Unset, auth_type_raw)
        if auth_type != "bearer_auth" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'bearer_auth', got '{auth_type}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        provider = d.pop("provider", MISSING)
        if provider.__class__ is not str:
            if provider is MISSING:
                provider = missing_field(cls, "provider")
                _missing += ("provider",)
            else:
                provider = unexpected_type(cls, "provider", provider, "a string")

        token = d.pop("token", MISSING)
        if token.__class__ is not str:
            if token is MISSING:
                token = missing_field(cls, "token")
                _missing += ("token",)
            else:
                token = unexpected_type(cls, "token", token, "a string")

        create_bearer_auth_request = cls(
            name=name,
            provider=provider,
            token=token,
            auth_type=auth_type,
        )
        if _missing:
            create_bearer_auth_request._missing_fields = _missing
        create_bearer_auth_request.additional_properties = d
        return create_bearer_auth_request

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
