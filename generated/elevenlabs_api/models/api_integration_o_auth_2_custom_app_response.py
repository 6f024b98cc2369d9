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
from ..models._literals import (
    ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0,
    AuthConnectionStatus,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ApiIntegrationOAuth2CustomAppResponse(Lazy, AdditionalProperties[Any]):
    """Response model for user-owned OAuth2 Custom App auth connections

    Attributes:
        expires_at: ISO 8601 timestamp of when the access token expires
        client_id: OAuth client ID (rendered from template if credential uses templated credentials, None for legacy
            connections)
        auth_type:  Default: 'api_integration_oauth2_custom_app'.
        scope_separator: Separator for scopes Defaults to ' ' on the server.
        status: Defaults to 'active' on the server.
    """

    name: str

    provider: str

    token_url: str

    expires_at: str

    integration_id: str

    credential_id: str

    client_id: str

    id: str

    auth_type: Literal["api_integration_oauth2_custom_app"] | Unset = _attrs_field(
        default="api_integration_oauth2_custom_app",
        kw_only=True,
        validator=types.tag("ApiIntegrationOAuth2CustomAppResponse", "auth_type", "api_integration_oauth2_custom_app"),
    )

    scopes: list[str] | Unset = UNSET

    scope_separator: ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0 | str | Unset = UNSET

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("token_url", "token_url", STR, required=True),
        Field("expires_at", "expires_at", STR, required=True),
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("client_id", "client_id", STR, required=True),
        Field("id", "id", STR, required=True),
        Field("auth_type", "auth_type", const("api_integration_oauth2_custom_app")),
        Field("scopes", "scopes", list_of(STR)),
        Field(
            "scope_separator",
            "scope_separator",
            union(literal("ApiIntegrationOAuth2CustomAppResponseScopeSeparatorType0"), STR),
        ),
        Field("used_by", "used_by", union(object_of("AuthConnectionDependencies"), NULL)),
        Field("status", "status", union(literal("AuthConnectionStatus"), STR)),
        Field("status_detail", "status_detail", union(STR, NULL)),
        Field("status_updated_at", "status_updated_at", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
