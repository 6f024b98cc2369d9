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
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateOAuth2ClientCredsRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateOAuth2ClientCredsRequest(Lazy):
    """Request model for creating auth connections - inherits common settings and includes sensitive fields

    Attributes:
        name (str):
        provider (str):
        client_id (str):
        token_url (str):
        client_secret (str):
        auth_type (Literal['oauth2_client_credentials'] | Unset):  Default: 'oauth2_client_credentials'.
        scopes (list[str] | Unset): Defaults to [] on the server.
        extra_params (CreateOAuth2ClientCredsRequestExtraParams | Unset):
        basic_auth_in_header (bool | Unset): If True, send client credentials in Authorization header as Basic Auth
            instead of request body Defaults to False on the server.
        custom_headers (CreateOAuth2ClientCredsRequestCustomHeaders | Unset):
    """

    name: str

    provider: str

    client_id: str

    token_url: str

    client_secret: str

    auth_type: Literal["oauth2_client_credentials"] | Unset = _attrs_field(
        default="oauth2_client_credentials",
        kw_only=True,
        validator=types.tag("CreateOAuth2ClientCredsRequest", "auth_type", "oauth2_client_credentials"),
    )

    scopes: list[str] | Unset = UNSET

    extra_params: CreateOAuth2ClientCredsRequestExtraParams | Unset = UNSET

    basic_auth_in_header: bool | Unset = UNSET

    custom_headers: CreateOAuth2ClientCredsRequestCustomHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "provider",
        "client_id",
        "token_url",
        "client_secret",
    )
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "oauth2_client_credentials")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        provider = self.provider

        client_id = self.client_id

        token_url = self.token_url

        client_secret = self.client_secret

        auth_type = self.auth_type

        scopes: Any
        try:
            scopes = UNSET
            if not isinstance(self.scopes, Unset):
                scopes = self.scopes

        except (AttributeError, TypeError):
            scopes = self.scopes

        extra_params: Any
        try:
            extra_params = UNSET
            if not isinstance(self.extra_params, Unset):
                extra_params = self.extra_params.to_dict()
        except (AttributeError, TypeError):
            extra_params = self.extra_params

        basic_auth_in_header = self.basic_auth_in_header

        custom_headers: Any
        try:
            custom_headers = UNSET
            if not isinstance(self.custom_headers, Unset):
                custom_headers = self.custom_headers.to_dict()
        except (AttributeError, TypeError):
            custom_headers = self.custom_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if client_id is not None or "client_id" not in self._missing_fields:
            field_dict["client_id"] = client_id
        if token_url is not None or "token_url" not in self._missing_fields:
            field_dict["token_url"] = token_url
        if client_secret is not None or "client_secret" not in self._missing_fields:
            field_dict["client_secret"] = client_secret
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if basic_auth_in_header is not UNSET:
            field_dict["basic_auth_in_header"] = basic_auth_in_header
        if custom_headers is not UNSET:
            field_dict["custom_headers"] = custom_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_o_auth_2_client_creds_request = cls.__new__(cls)
        create_o_auth_2_client_creds_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_o_auth_2_client_creds_request

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


def _read_auth_type(cls: type[CreateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["oauth2_client_credentials"] | Unset, auth_type_raw)
    if auth_type != "oauth2_client_credentials" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'oauth2_client_credentials', got '{auth_type}'")

    return auth_type


_read_name = plain_reader("name", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)

_read_client_id = plain_reader("client_id", (str,), "a string", True)

_read_token_url = plain_reader("token_url", (str,), "a string", True)

_read_client_secret = plain_reader("client_secret", (str,), "a string", True)

_read_scopes = plain_reader("scopes", (list,), "an array", False, ((str,), "a string"))


def _read_extra_params(cls: type[CreateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    extra_params_raw = d.get("extra_params", UNSET)
    try:
        _extra_params = extra_params_raw
        extra_params: CreateOAuth2ClientCredsRequestExtraParams | Unset
        if isinstance(_extra_params, Unset):
            extra_params = UNSET
        else:
            extra_params = CreateOAuth2ClientCredsRequestExtraParams.from_dict(_extra_params)
    except (KeyError, TypeError, ValueError, AttributeError):
        extra_params = deviating_field(cls, "extra_params", extra_params_raw)

    return extra_params


_read_basic_auth_in_header = plain_reader("basic_auth_in_header", (bool,), "a boolean", False)


def _read_custom_headers(cls: type[CreateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    custom_headers_raw = d.get("custom_headers", UNSET)
    try:
        _custom_headers = custom_headers_raw
        custom_headers: CreateOAuth2ClientCredsRequestCustomHeaders | Unset
        if isinstance(_custom_headers, Unset):
            custom_headers = UNSET
        else:
            custom_headers = CreateOAuth2ClientCredsRequestCustomHeaders.from_dict(_custom_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_headers = deviating_field(cls, "custom_headers", custom_headers_raw)

    return custom_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "provider",
        "client_id",
        "token_url",
        "client_secret",
        "auth_type",
        "scopes",
        "extra_params",
        "basic_auth_in_header",
        "custom_headers",
    )
)


def _read_additional_properties(cls: type[CreateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateOAuth2ClientCredsRequest], d: Mapping[str, Any], known: Mapping[str, Any]
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

    client_id = d.get("client_id", MISSING)
    if client_id.__class__ is not str:
        client_id = _read_client_id(cls, d)

    token_url = d.get("token_url", MISSING)
    if token_url.__class__ is not str:
        token_url = _read_token_url(cls, d)

    client_secret = d.get("client_secret", MISSING)
    if client_secret.__class__ is not str:
        client_secret = _read_client_secret(cls, d)

    scopes = d.get("scopes", UNSET)
    if scopes.__class__ is not list and scopes is not UNSET:
        scopes = _read_scopes(cls, d)
    elif scopes.__class__ is list and scopes:
        check_items(cls, "scopes", scopes, (str,), "a string")

    if "extra_params" in known:
        extra_params = known["extra_params"]
    else:
        extra_params = d.get("extra_params", UNSET)
        if extra_params is not UNSET:
            extra_params = _read_extra_params(cls, d)

    basic_auth_in_header = d.get("basic_auth_in_header", UNSET)
    if basic_auth_in_header.__class__ is not bool and basic_auth_in_header is not UNSET:
        basic_auth_in_header = _read_basic_auth_in_header(cls, d)

    if "custom_headers" in known:
        custom_headers = known["custom_headers"]
    else:
        custom_headers = d.get("custom_headers", UNSET)
        if custom_headers is not UNSET:
            custom_headers = _read_custom_headers(cls, d)

    return {
        "name": name,
        "provider": provider,
        "client_id": client_id,
        "token_url": token_url,
        "client_secret": client_secret,
        "auth_type": auth_type,
        "scopes": scopes,
        "extra_params": extra_params,
        "basic_auth_in_header": basic_auth_in_header,
        "custom_headers": custom_headers,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateOAuth2ClientCredsRequest,
    _all_fields,
    {
        "name": _read_name,
        "provider": _read_provider,
        "client_id": _read_client_id,
        "token_url": _read_token_url,
        "client_secret": _read_client_secret,
        "auth_type": _read_auth_type,
        "scopes": _read_scopes,
        "extra_params": _read_extra_params,
        "basic_auth_in_header": _read_basic_auth_in_header,
        "custom_headers": _read_custom_headers,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.create_o_auth_2_client_creds_request_custom_headers import CreateOAuth2ClientCredsRequestCustomHeaders
from ..models.create_o_auth_2_client_creds_request_extra_params import CreateOAuth2ClientCredsRequestExtraParams
