from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateMtlsAuthRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateMtlsAuthRequest(Lazy):
    """Request model for creating mTLS auth connections.

    Attributes:
        name (str):
        provider (str):
        client_certificate (str):
        client_key (str):
        auth_type (Literal['mtls'] | Unset):  Default: 'mtls'.
        ca_certificate (None | str | Unset):
        key_passphrase (None | str | Unset):
    """

    name: str

    provider: str

    client_certificate: str

    client_key: str

    auth_type: Literal["mtls"] | Unset = _attrs_field(
        default="mtls",
        kw_only=True,
        validator=types.tag("CreateMtlsAuthRequest", "auth_type", "mtls"),
    )

    ca_certificate: None | str | Unset = UNSET

    key_passphrase: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "provider",
        "client_certificate",
        "client_key",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "mtls")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        provider = self.provider

        client_certificate = self.client_certificate

        client_key = self.client_key

        auth_type = self.auth_type

        ca_certificate: Any
        try:
            ca_certificate = self.ca_certificate

        except (AttributeError, TypeError):
            ca_certificate = self.ca_certificate

        key_passphrase: Any
        try:
            key_passphrase = self.key_passphrase

        except (AttributeError, TypeError):
            key_passphrase = self.key_passphrase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if client_certificate is not None or "client_certificate" not in self._missing_fields:
            field_dict["client_certificate"] = client_certificate
        if client_key is not None or "client_key" not in self._missing_fields:
            field_dict["client_key"] = client_key
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if ca_certificate is not UNSET:
            field_dict["ca_certificate"] = ca_certificate
        if key_passphrase is not UNSET:
            field_dict["key_passphrase"] = key_passphrase
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_mtls_auth_request = cls.__new__(cls)
        create_mtls_auth_request.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return create_mtls_auth_request

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


def _read_auth_type(cls: type[CreateMtlsAuthRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["mtls"] | Unset, auth_type_raw)
    if auth_type != "mtls" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'mtls', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)

_read_client_certificate = plain_reader("client_certificate", (str,), "a string", True)

_read_client_key = plain_reader("client_key", (str,), "a string", True)

_read_ca_certificate = plain_reader(
    "ca_certificate",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_key_passphrase = plain_reader(
    "key_passphrase",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "provider",
        "client_certificate",
        "client_key",
        "auth_type",
        "ca_certificate",
        "key_passphrase",
    )
)


def _read_additional_properties(cls: type[CreateMtlsAuthRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CreateMtlsAuthRequest], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            auth_type = _read_auth_type(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    provider = d.get("provider", MISSING)
    if provider.__class__ is not str:
        provider = _read_provider(cls, d)

    client_certificate = d.get("client_certificate", MISSING)
    if client_certificate.__class__ is not str:
        client_certificate = _read_client_certificate(cls, d)

    client_key = d.get("client_key", MISSING)
    if client_key.__class__ is not str:
        client_key = _read_client_key(cls, d)

    ca_certificate = d.get("ca_certificate", UNSET)
    if ca_certificate.__class__ is not str and ca_certificate is not None and ca_certificate is not UNSET:
        ca_certificate = _read_ca_certificate(cls, d)

    key_passphrase = d.get("key_passphrase", UNSET)
    if key_passphrase.__class__ is not str and key_passphrase is not None and key_passphrase is not UNSET:
        key_passphrase = _read_key_passphrase(cls, d)

    return {
        "name": name,
        "provider": provider,
        "client_certificate": client_certificate,
        "client_key": client_key,
        "auth_type": auth_type,
        "ca_certificate": ca_certificate,
        "key_passphrase": key_passphrase,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateMtlsAuthRequest,
    _all_fields,
    {
        "name": _read_name,
        "provider": _read_provider,
        "client_certificate": _read_client_certificate,
        "client_key": _read_client_key,
        "auth_type": _read_auth_type,
        "ca_certificate": _read_ca_certificate,
        "key_passphrase": _read_key_passphrase,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
