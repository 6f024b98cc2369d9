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
from ..models._literals import UpdateOAuth2JwtRequestAlgorithmType0, UpdateOAuth2JwtRequestTokenResponseFieldType0
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateOAuth2JwtRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    auth_type:  Default: 'oauth2_jwt'.
    """

    auth_type: Literal["oauth2_jwt"] | Unset = _attrs_field(
        default="oauth2_jwt",
        kw_only=True,
        validator=types.tag("UpdateOAuth2JwtRequest", "auth_type", "oauth2_jwt"),
    )

    provider: None | str | Unset = UNSET

    algorithm: None | Unset | UpdateOAuth2JwtRequestAlgorithmType0 = UNSET

    key_id: None | str | Unset = UNSET

    issuer: None | str | Unset = UNSET

    audience: None | str | Unset = UNSET

    subject: None | str | Unset = UNSET

    expiration_seconds: int | None | Unset = UNSET

    extra_params: None | Unset | UpdateOAuth2JwtRequestExtraParamsType0 = UNSET

    scopes: list[str] | None | Unset = UNSET

    token_response_field: None | Unset | UpdateOAuth2JwtRequestTokenResponseFieldType0 = UNSET

    secret_key: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("auth_type", "auth_type", const("oauth2_jwt")),
        Field("provider", "provider", union(STR, NULL)),
        Field("algorithm", "algorithm", union(literal("UpdateOAuth2JwtRequestAlgorithmType0"), NULL)),
        Field("key_id", "key_id", union(STR, NULL)),
        Field("issuer", "issuer", union(STR, NULL)),
        Field("audience", "audience", union(STR, NULL)),
        Field("subject", "subject", union(STR, NULL)),
        Field("expiration_seconds", "expiration_seconds", union(INT, NULL)),
        Field("extra_params", "extra_params", union(object_of("UpdateOAuth2JwtRequestExtraParamsType0"), NULL)),
        Field("scopes", "scopes", union(list_of(STR), NULL)),
        Field(
            "token_response_field",
            "token_response_field",
            union(literal("UpdateOAuth2JwtRequestTokenResponseFieldType0"), NULL),
        ),
        Field("secret_key", "secret_key", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateOAuth2JwtRequestExtraParamsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
