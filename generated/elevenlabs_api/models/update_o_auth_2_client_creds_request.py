from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="UpdateOAuth2ClientCredsRequest")


@_attrs_define
class UpdateOAuth2ClientCredsRequest:
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

    auth_type: Literal["oauth2_client_credentials"] | Unset = "oauth2_client_credentials"

    provider: None | str | Unset = UNSET

    client_id: None | str | Unset = UNSET

    scopes: list[str] | None | Unset = UNSET

    extra_params: None | Unset | UpdateOAuth2ClientCredsRequestExtraParamsType0 = UNSET

    basic_auth_in_header: bool | None | Unset = UNSET

    client_secret: None | str | Unset = UNSET

    custom_headers: None | Unset | UpdateOAuth2ClientCredsRequestCustomHeadersType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "oauth2_client_credentials")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["oauth2_client_credentials"] | Unset, auth_type_raw)
        if auth_type != "oauth2_client_credentials" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'oauth2_client_credentials', got '{auth_type}'")

        provider = d.pop("provider", UNSET)
        if provider.__class__ is not str and provider is not None and provider is not UNSET:
            provider = unexpected_type(cls, "provider", provider, "a string or null")

        client_id = d.pop("client_id", UNSET)
        if client_id.__class__ is not str and client_id is not None and client_id is not UNSET:
            client_id = unexpected_type(cls, "client_id", client_id, "a string or null")

        scopes = d.pop("scopes", UNSET)
        if scopes.__class__ is not list and scopes is not None and scopes is not UNSET:
            scopes = unexpected_type(cls, "scopes", scopes, "an array or null")
        elif scopes.__class__ is list and scopes:
            check_items(cls, "scopes", scopes, (str,), "a string")

        extra_params_raw = d.pop("extra_params", UNSET)
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

        basic_auth_in_header = d.pop("basic_auth_in_header", UNSET)
        if (
            basic_auth_in_header.__class__ is not bool
            and basic_auth_in_header is not None
            and basic_auth_in_header is not UNSET
        ):
            basic_auth_in_header = unexpected_type(
                cls, "basic_auth_in_header", basic_auth_in_header, "a boolean or null"
            )

        client_secret = d.pop("client_secret", UNSET)
        if client_secret.__class__ is not str and client_secret is not None and client_secret is not UNSET:
            client_secret = unexpected_type(cls, "client_secret", client_secret, "a string or null")

        custom_headers_raw = d.pop("custom_headers", UNSET)
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

        update_o_auth_2_client_creds_request = cls(
            auth_type=auth_type,
            provider=provider,
            client_id=client_id,
            scopes=scopes,
            extra_params=extra_params,
            basic_auth_in_header=basic_auth_in_header,
            client_secret=client_secret,
            custom_headers=custom_headers,
        )
        update_o_auth_2_client_creds_request.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.update_o_auth_2_client_creds_request_custom_headers_type_0 import (
    UpdateOAuth2ClientCredsRequestCustomHeadersType0,
)
from ..models.update_o_auth_2_client_creds_request_extra_params_type_0 import (
    UpdateOAuth2ClientCredsRequestExtraParamsType0,
)
