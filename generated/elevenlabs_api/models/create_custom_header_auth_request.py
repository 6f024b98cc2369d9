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

T = TypeVar("T", bound="CreateCustomHeaderAuthRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateCustomHeaderAuthRequest(Lazy):
    """Attributes:
    name (str):
    provider (str):
    header_name (str): The name of the header to use for authentication (e.g., 'x-api-key')
    token (str):
    auth_type (Literal['custom_header_auth'] | Unset):  Default: 'custom_header_auth'.
    """

    name: str

    provider: str

    header_name: str

    token: str

    auth_type: Literal["custom_header_auth"] | Unset = _attrs_field(
        default="custom_header_auth",
        kw_only=True,
        validator=types.tag("CreateCustomHeaderAuthRequest", "auth_type", "custom_header_auth"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "provider",
        "header_name",
        "token",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "custom_header_auth")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        provider = self.provider

        header_name = self.header_name

        token = self.token

        auth_type = self.auth_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if header_name is not None or "header_name" not in self._missing_fields:
            field_dict["header_name"] = header_name
        if token is not None or "token" not in self._missing_fields:
            field_dict["token"] = token
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_custom_header_auth_request = cls.__new__(cls)
        create_custom_header_auth_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_custom_header_auth_request

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


def _read_auth_type(cls: type[CreateCustomHeaderAuthRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["custom_header_auth"] | Unset, auth_type_raw)
    if auth_type != "custom_header_auth" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'custom_header_auth', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)

_read_header_name = plain_reader("header_name", (str,), "a string", True)

_read_token = plain_reader("token", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "provider",
        "header_name",
        "token",
        "auth_type",
    )
)


def _read_additional_properties(cls: type[CreateCustomHeaderAuthRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateCustomHeaderAuthRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
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

    header_name = d.get("header_name", MISSING)
    if header_name.__class__ is not str:
        header_name = _read_header_name(cls, d)

    token = d.get("token", MISSING)
    if token.__class__ is not str:
        token = _read_token(cls, d)

    return {
        "name": name,
        "provider": provider,
        "header_name": header_name,
        "token": token,
        "auth_type": auth_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateCustomHeaderAuthRequest,
    _all_fields,
    {
        "name": _read_name,
        "provider": _read_provider,
        "header_name": _read_header_name,
        "token": _read_token,
        "auth_type": _read_auth_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
