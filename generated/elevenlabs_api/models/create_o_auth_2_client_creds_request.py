from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateOAuth2ClientCredsRequest(Lazy, AdditionalProperties[Any]):
    """Request model for creating auth connections - inherits common settings and includes sensitive fields

    Attributes:
        auth_type:  Default: 'oauth2_client_credentials'.
        scopes: Defaults to [] on the server.
        basic_auth_in_header: If True, send client credentials in Authorization header as Basic Auth instead of request
            body Defaults to False on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("client_id", "client_id", STR, required=True),
        Field("token_url", "token_url", STR, required=True),
        Field("client_secret", "client_secret", STR, required=True),
        Field("auth_type", "auth_type", const("oauth2_client_credentials")),
        Field("scopes", "scopes", list_of(STR)),
        Field("extra_params", "extra_params", object_of("CreateOAuth2ClientCredsRequestExtraParams")),
        Field("basic_auth_in_header", "basic_auth_in_header", BOOL),
        Field("custom_headers", "custom_headers", object_of("CreateOAuth2ClientCredsRequestCustomHeaders")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateOAuth2ClientCredsRequestCustomHeaders(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class CreateOAuth2ClientCredsRequestExtraParams(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
