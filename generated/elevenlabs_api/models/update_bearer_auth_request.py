from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="UpdateBearerAuthRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateBearerAuthRequest(Lazy):
    """Attributes:
    auth_type (Literal['bearer_auth'] | Unset):  Default: 'bearer_auth'.
    provider (None | str | Unset):
    token (None | str | Unset):
    """

    auth_type: Literal["bearer_auth"] | Unset = _attrs_field(
        default="bearer_auth",
        kw_only=True,
        validator=types.tag("UpdateBearerAuthRequest", "auth_type", "bearer_auth"),
    )

    provider: None | str | Unset = UNSET

    token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "bearer_auth")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        update_bearer_auth_request = cls.__new__(cls)
        update_bearer_auth_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_auth_type(cls: type[UpdateBearerAuthRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["bearer_auth"] | Unset, auth_type_raw)
    if auth_type != "bearer_auth" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'bearer_auth', got '{auth_type}'")

    return auth_type


_read_provider = plain_reader(
    "provider",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_token = plain_reader(
    "token",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "auth_type",
        "provider",
        "token",
    )
)


def _read_additional_properties(cls: type[UpdateBearerAuthRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UpdateBearerAuthRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            auth_type = _read_auth_type(cls, d)

    provider = d.get("provider", UNSET)
    if provider.__class__ is not str and provider is not None and provider is not UNSET:
        provider = _read_provider(cls, d)

    token = d.get("token", UNSET)
    if token.__class__ is not str and token is not None and token is not UNSET:
        token = _read_token(cls, d)

    return {
        "auth_type": auth_type,
        "provider": provider,
        "token": token,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateBearerAuthRequest,
    _all_fields,
    {
        "auth_type": _read_auth_type,
        "provider": _read_provider,
        "token": _read_token,
        "additional_properties": _read_additional_properties,
    },
)
