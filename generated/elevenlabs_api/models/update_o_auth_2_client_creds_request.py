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
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UpdateOAuth2ClientCredsRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UpdateOAuth2ClientCredsRequest(Lazy):
    """Attributes:
    auth_type (Literal['oauth2_client_credentials'] | Unset):  Default: 'oauth2_client_credentials'.
    provider (None | str | Unset):
    client_id (None | str | Unset):
    scopes (list[str] | None | Unset):
    extra_params (None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0):
    basic_auth_in_header (bool | None | Unset):
    client_secret (None | str | Unset):
    custom_headers (None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0):
    """

    auth_type: Literal["oauth2_client_credentials"] | Unset = _attrs_field(
        default="oauth2_client_credentials",
        kw_only=True,
        validator=types.tag("UpdateOAuth2ClientCredsRequest", "auth_type", "oauth2_client_credentials"),
    )

    provider: None | str | Unset = UNSET

    client_id: None | str | Unset = UNSET

    scopes: list[str] | None | Unset = UNSET

    extra_params: None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0 = UNSET

    basic_auth_in_header: bool | None | Unset = UNSET

    client_secret: None | str | Unset = UNSET

    custom_headers: None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("auth_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "oauth2_client_credentials")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        auth_type = self.auth_type

        provider: Any
        try:
            provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        client_id: Any
        try:
            client_id = self.client_id

        except (AttributeError, TypeError):
            client_id = self.client_id

        scopes: Any
        try:
            if isinstance(self.scopes, Unset):
                scopes = UNSET
            elif isinstance(self.scopes, list):
                scopes = self.scopes

            else:
                scopes = self.scopes

        except (AttributeError, TypeError):
            scopes = self.scopes

        extra_params: Any
        try:
            if isinstance(self.extra_params, Unset):
                extra_params = UNSET
            elif isinstance(self.extra_params, UpdateOAuth2ClientCredsRequestExtraParamsType0):
                extra_params = self.extra_params.to_dict()
            else:
                extra_params = self.extra_params

        except (AttributeError, TypeError):
            extra_params = self.extra_params

        basic_auth_in_header: Any
        try:
            basic_auth_in_header = self.basic_auth_in_header

        except (AttributeError, TypeError):
            basic_auth_in_header = self.basic_auth_in_header

        client_secret: Any
        try:
            client_secret = self.client_secret

        except (AttributeError, TypeError):
            client_secret = self.client_secret

        custom_headers: Any
        try:
            if isinstance(self.custom_headers, Unset):
                custom_headers = UNSET
            elif isinstance(self.custom_headers, UpdateOAuth2ClientCredsRequestCustomHeadersType0):
                custom_headers = self.custom_headers.to_dict()
            else:
                custom_headers = self.custom_headers

        except (AttributeError, TypeError):
            custom_headers = self.custom_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if extra_params is not UNSET:
            field_dict["extra_params"] = extra_params
        if basic_auth_in_header is not UNSET:
            field_dict["basic_auth_in_header"] = basic_auth_in_header
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
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
        update_o_auth_2_client_creds_request = cls.__new__(cls)
        update_o_auth_2_client_creds_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return update_o_auth_2_client_creds_request

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


def _read_auth_type(cls: type[UpdateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["oauth2_client_credentials"] | Unset, auth_type_raw)
    if auth_type != "oauth2_client_credentials" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'oauth2_client_credentials', got '{auth_type}'")

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

_read_client_id = plain_reader(
    "client_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_scopes = plain_reader(
    "scopes",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_extra_params(cls: type[UpdateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    extra_params_raw = d.get("extra_params", UNSET)
    try:

        def _parse_extra_params(data: object) -> None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            extra_params_type_0 = UpdateOAuth2ClientCredsRequestExtraParamsType0.from_dict(data)

            return extra_params_type_0

        extra_params = _parse_extra_params(extra_params_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        extra_params = deviating_field(cls, "extra_params", extra_params_raw)

    return extra_params


_read_basic_auth_in_header = plain_reader(
    "basic_auth_in_header",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_client_secret = plain_reader(
    "client_secret",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_custom_headers(cls: type[UpdateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> Any:
    custom_headers_raw = d.get("custom_headers", UNSET)
    try:

        def _parse_custom_headers(data: object) -> None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            custom_headers_type_0 = UpdateOAuth2ClientCredsRequestCustomHeadersType0.from_dict(data)

            return custom_headers_type_0

        custom_headers = _parse_custom_headers(custom_headers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom_headers = deviating_field(cls, "custom_headers", custom_headers_raw)

    return custom_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "auth_type",
        "provider",
        "client_id",
        "scopes",
        "extra_params",
        "basic_auth_in_header",
        "client_secret",
        "custom_headers",
    )
)


def _read_additional_properties(cls: type[UpdateOAuth2ClientCredsRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UpdateOAuth2ClientCredsRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
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

    client_id = d.get("client_id", UNSET)
    if client_id.__class__ is not str and client_id is not None and client_id is not UNSET:
        client_id = _read_client_id(cls, d)

    scopes = d.get("scopes", UNSET)
    if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
        scopes = _read_scopes(cls, d)
    elif scopes.__class__ is list and scopes:
        check_items(cls, "scopes", scopes, (str,), "a string")

    if "extra_params" in known:
        extra_params = known["extra_params"]
    else:
        extra_params = d.get("extra_params", UNSET)
        if extra_params is not UNSET and extra_params is not None:
            extra_params = _read_extra_params(cls, d)

    basic_auth_in_header = d.get("basic_auth_in_header", UNSET)
    if (
        basic_auth_in_header.__class__ is not bool
        and basic_auth_in_header is not None
        and basic_auth_in_header is not UNSET
    ):
        basic_auth_in_header = _read_basic_auth_in_header(cls, d)

    client_secret = d.get("client_secret", UNSET)
    if client_secret.__class__ is not str and client_secret is not None and client_secret is not UNSET:
        client_secret = _read_client_secret(cls, d)

    if "custom_headers" in known:
        custom_headers = known["custom_headers"]
    else:
        custom_headers = d.get("custom_headers", UNSET)
        if custom_headers is not UNSET and custom_headers is not None:
            custom_headers = _read_custom_headers(cls, d)

    return {
        "auth_type": auth_type,
        "provider": provider,
        "client_id": client_id,
        "scopes": scopes,
        "extra_params": extra_params,
        "basic_auth_in_header": basic_auth_in_header,
        "client_secret": client_secret,
        "custom_headers": custom_headers,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UpdateOAuth2ClientCredsRequest,
    _all_fields,
    {
        "auth_type": _read_auth_type,
        "provider": _read_provider,
        "client_id": _read_client_id,
        "scopes": _read_scopes,
        "extra_params": _read_extra_params,
        "basic_auth_in_header": _read_basic_auth_in_header,
        "client_secret": _read_client_secret,
        "custom_headers": _read_custom_headers,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.update_o_auth_2_client_creds_request_custom_headers_type_0 import (
    UpdateOAuth2ClientCredsRequestCustomHeadersType0,
)
from ..models.update_o_auth_2_client_creds_request_extra_params_type_0 import (
    UpdateOAuth2ClientCredsRequestExtraParamsType0,
)
