from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ListAuthConnectionsResponse(Lazy, AdditionalProperties[Any]):
    auth_connections: list[
        ApiIntegrationOAuth2AuthCodeResponse
        | ApiIntegrationOAuth2CustomAppResponse
        | BasicAuthResponse
        | BearerAuthResponse
        | CustomHeaderAuthResponse
        | MtlsAuthResponse
        | OAuth2ClientCredsResponse
        | OAuth2JwtResponse
        | PrivateKeyJwtResponse
        | RefreshTokenAuthResponse
        | SlackBotAuthResponse
        | UnknownVariant
        | UrlSecretAuthResponse
        | WhatsAppAuthResponse
    ]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "auth_connections",
            "auth_connections",
            list_of(
                union(
                    object_of("OAuth2ClientCredsResponse"),
                    object_of("RefreshTokenAuthResponse"),
                    object_of("BasicAuthResponse"),
                    object_of("BearerAuthResponse"),
                    object_of("OAuth2JwtResponse"),
                    object_of("PrivateKeyJwtResponse"),
                    object_of("MtlsAuthResponse"),
                    object_of("CustomHeaderAuthResponse"),
                    object_of("ApiIntegrationOAuth2AuthCodeResponse"),
                    object_of("ApiIntegrationOAuth2CustomAppResponse"),
                    object_of("WhatsAppAuthResponse"),
                    object_of("SlackBotAuthResponse"),
                    object_of("UrlSecretAuthResponse"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
from ..models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
from ..models.basic_auth_response import BasicAuthResponse
from ..models.bearer_auth_response import BearerAuthResponse
from ..models.custom_header_auth_response import CustomHeaderAuthResponse
from ..models.mtls_auth_response import MtlsAuthResponse
from ..models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
from ..models.o_auth_2_jwt_response import OAuth2JwtResponse
from ..models.private_key_jwt_response import PrivateKeyJwtResponse
from ..models.refresh_token_auth_response import RefreshTokenAuthResponse
from ..models.slack_bot_auth_response import SlackBotAuthResponse
from ..models.unknown_variant import UnknownVariant
from ..models.url_secret_auth_response import UrlSecretAuthResponse
from ..models.whats_app_auth_response import WhatsAppAuthResponse
