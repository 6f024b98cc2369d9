from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
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
from ..models._literals import CreateOAuth2JwtRequestAlgorithm, CreateOAuth2JwtRequestTokenResponseField
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateOAuth2JwtRequest(Lazy, AdditionalProperties[Any]):
    """Request model for creating OAuth2 JWT auth connections - inherits common settings and includes sensitive fields

    Attributes:
        issuer: JWT issuer (iss claim)
        audience: JWT audience (aud claim)
        subject: JWT subject (sub claim)
        token_url: Token endpoint URL for exchanging JWT for access token
        auth_type:  Default: 'oauth2_jwt'.
        algorithm: JWT signing algorithm Defaults to 'HS256' on the server.
        key_id: Key ID (kid) for JWT header - useful for key rotation
        expiration_seconds: Token expiration time in seconds Defaults to 3600 on the server.
        extra_params: Additional custom claims to include in the JWT
        scopes: OAuth2 scopes to request when exchanging JWT for access token
        token_response_field: Token field to extract from the token endpoint response. Defaults to 'access_token' on the
            server.
    """

    name: str

    provider: str

    issuer: str

    audience: str

    subject: str

    token_url: str

    secret_key: str

    auth_type: Literal["oauth2_jwt"] | Unset = _attrs_field(
        default="oauth2_jwt",
        kw_only=True,
        validator=types.tag("CreateOAuth2JwtRequest", "auth_type", "oauth2_jwt"),
    )

    algorithm: CreateOAuth2JwtRequestAlgorithm | Unset = UNSET

    key_id: None | str | Unset = UNSET

    expiration_seconds: int | Unset = UNSET

    extra_params: CreateOAuth2JwtRequestExtraParams | Unset = UNSET

    scopes: list[str] | Unset = UNSET

    token_response_field: CreateOAuth2JwtRequestTokenResponseField | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("provider", "provider", STR, required=True),
        Field("issuer", "issuer", STR, required=True),
        Field("audience", "audience", STR, required=True),
        Field("subject", "subject", STR, required=True),
        Field("token_url", "token_url", STR, required=True),
        Field("secret_key", "secret_key", STR, required=True),
        Field("auth_type", "auth_type", const("oauth2_jwt")),
        Field("algorithm", "algorithm", literal("CreateOAuth2JwtRequestAlgorithm")),
        Field("key_id", "key_id", union(STR, NULL)),
        Field("expiration_seconds", "expiration_seconds", INT),
        Field("extra_params", "extra_params", object_of("CreateOAuth2JwtRequestExtraParams")),
        Field("scopes", "scopes", list_of(STR)),
        Field("token_response_field", "token_response_field", literal("CreateOAuth2JwtRequestTokenResponseField")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CreateOAuth2JwtRequestExtraParams(Lazy, AdditionalProperties["str"]):
    """Additional custom claims to include in the JWT"""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
