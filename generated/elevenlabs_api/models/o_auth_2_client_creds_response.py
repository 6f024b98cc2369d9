from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import AuthConnectionStatus
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class OAuth2ClientCredsResponse(Lazy, AdditionalProperties[Any]):
    """Response model for oauth2 client creds

    Attributes:
        auth_type:  Default: 'oauth2_client_credentials'.
        scopes: Defaults to [] on the server.
        basic_auth_in_header: If True, send client credentials in Authorization header as Basic Auth instead of request
            body Defaults to False on the server.
        status: Defaults to 'active' on the server.
        custom_headers: Custom headers configured for OAuth2 token requests
    """

    name: str

    provider: str

    client_id: str

    token_url: str

    id: str

    auth_type: Literal["oauth2_client_credentials"] | Unset = _attrs_field(
        default="oauth2_client_credentials",
        kw_only=True,
        validator=types.tag("OAuth2ClientCredsResponse", "auth_type", "oauth2_client_credentials"),
    )

    scopes: list[str] | Unset = UNSET

    extra_params: OAuth2ClientCredsResponseExtraParams | Unset = UNSET

    basic_auth_in_header: bool | Unset = UNSET

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    custom_headers: OAuth2ClientCredsResponseCustomHeaders | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("client_id", "client_id", STR, required=True),
        Field("token_url", "token_url", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("auth_type", "auth_type", const("oauth2_client_credentials")),
        Field("scopes", "scopes", list_of(STR)),
        Field("extra_params", "extra_params", object_of("OAuth2ClientCredsResponseExtraParams")),
        Field("basic_auth_in_header", "basic_auth_in_header", BOOL),
        Field("used_by", "used_by", union(object_of("AuthConnectionDependencies"), NULL)),
        Field("status", "status", union(literal("AuthConnectionStatus"), STR)),
        Field("status_detail", "status_detail", union(STR, NULL)),
        Field("status_updated_at", "status_updated_at", union(STR, NULL)),
        Field("custom_headers", "custom_headers", object_of("OAuth2ClientCredsResponseCustomHeaders")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class OAuth2ClientCredsResponseCustomHeaders(Lazy, AdditionalProperties["str"]):
    """Custom headers configured for OAuth2 token requests"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class OAuth2ClientCredsResponseExtraParams(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
