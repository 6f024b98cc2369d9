from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, NULL, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateOAuth2ClientCredsRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    auth_type:  Default: 'oauth2_client_credentials'.
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

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("auth_type", "auth_type", const("oauth2_client_credentials")),
        Field("provider", "provider", union(STR, NULL)),
        Field("client_id", "client_id", union(STR, NULL)),
        Field("scopes", "scopes", union(list_of(STR), NULL)),
        Field("extra_params", "extra_params", union(object_of("UpdateOAuth2ClientCredsRequestExtraParamsType0"), NULL)),
        Field("basic_auth_in_header", "basic_auth_in_header", union(BOOL, NULL)),
        Field("client_secret", "client_secret", union(STR, NULL)),
        Field(
            "custom_headers",
            "custom_headers",
            union(object_of("UpdateOAuth2ClientCredsRequestCustomHeadersType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class UpdateOAuth2ClientCredsRequestCustomHeadersType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)


@_attrs_define(slots=False)
class UpdateOAuth2ClientCredsRequestExtraParamsType0(Lazy, AdditionalProperties["str"]):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(STR)),)
