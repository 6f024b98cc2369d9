from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
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
class RefreshTokenAuthResponse(Lazy, AdditionalProperties[Any]):
    """Response model for OAuth2 refresh-token-grant auth connections

    Attributes:
        auth_type:  Default: 'refresh_token_auth'.
        scopes: Defaults to [] on the server.
        status: Defaults to 'active' on the server.
    """

    name: str

    provider: str

    client_id: str

    token_url: str

    id: str

    auth_type: Literal["refresh_token_auth"] | Unset = _attrs_field(
        default="refresh_token_auth",
        kw_only=True,
        validator=types.tag("RefreshTokenAuthResponse", "auth_type", "refresh_token_auth"),
    )

    scopes: list[str] | Unset = UNSET

    extra_params: RefreshTokenAuthResponseExtraParams | Unset = UNSET

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("client_id", "client_id", STR, required=True),
        Field("token_url", "token_url", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("auth_type", "auth_type", const("refresh_token_auth")),
        Field("scopes", "scopes", list_of(STR)),
        Field("extra_params", "extra_params", object_of("RefreshTokenAuthResponseExtraParams")),
        Field("used_by", "used_by", union(object_of("AuthConnectionDependencies"), NULL)),
        Field("status", "status", union(literal("AuthConnectionStatus"), STR)),
        Field("status_detail", "status_detail", union(STR, NULL)),
        Field("status_updated_at", "status_updated_at", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class RefreshTokenAuthResponseExtraParams(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
