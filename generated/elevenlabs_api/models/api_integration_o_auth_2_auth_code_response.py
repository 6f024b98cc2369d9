from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_integration_o_auth_2_auth_code_response_scope_separator_type_0 import (
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0,
)
from ..models.auth_connection_status import AuthConnectionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiIntegrationOAuth2AuthCodeResponse")


@_attrs_define
class ApiIntegrationOAuth2AuthCodeResponse:
    """Response model for integration-managed OAuth2 Auth Code auth connections

    Attributes:
        name (str):
        provider (str):
        token_url (str):
        expires_at (str): ISO 8601 timestamp of when the access token expires
        integration_id (str):
        credential_id (str):
        id (str):
        auth_type (Literal['api_integration_oauth2_auth_code'] | Unset):  Default: 'api_integration_oauth2_auth_code'.
        scopes (list[str] | Unset):
        scope_separator (ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0 | str | Unset): Separator for scopes
            Default: ' '.
        used_by (AuthConnectionDependencies | None | Unset):
        status (AuthConnectionStatus | str | Unset):  Default: 'active'.
        status_detail (None | str | Unset):
        status_updated_at (None | str | Unset):
    """

    name: str

    provider: str

    token_url: str

    expires_at: str

    integration_id: str

    credential_id: str

    id: str

    auth_type: Literal["api_integration_oauth2_auth_code"] | Unset = "api_integration_oauth2_auth_code"

    scopes: list[str] | Unset = UNSET

    scope_separator: ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0 | str | Unset = " "

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = "active"

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "api_integration_oauth2_auth_code")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider

        token_url = self.token_url

        expires_at = self.expires_at

        integration_id = self.integration_id

        credential_id = self.credential_id

        id = self.id

        auth_type = self.auth_type

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        scope_separator: str | Unset
        if isinstance(self.scope_separator, Unset):
            scope_separator = UNSET
        elif isinstance(self.scope_separator, str):
            scope_separator = self.scope_separator
        else:
            scope_separator = self.scope_separator

        used_by: dict[str, Any] | None | Unset
        if isinstance(self.used_by, Unset):
            used_by = UNSET
        elif isinstance(self.used_by, AuthConnectionDependencies):
            used_by = self.used_by.to_dict()
        else:
            used_by = self.used_by

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_detail: None | str | Unset = self.status_detail

        status_updated_at: None | str | Unset = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["provider"] = provider
        field_dict["token_url"] = token_url
        field_dict["expires_at"] = expires_at
        field_dict["integration_id"] = integration_id
        field_dict["credential_id"] = credential_id
        field_dict["id"] = id
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if scope_separator is not UNSET:
            field_dict["scope_separator"] = scope_separator
        if used_by is not UNSET:
            field_dict["used_by"] = used_by
        if status is not UNSET:
            field_dict["status"] = status
        if status_detail is not UNSET:
            field_dict["status_detail"] = status_detail
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auth_type = cast(Literal["api_integration_oauth2_auth_code"] | Unset, d.pop("auth_type", UNSET))
        if auth_type != "api_integration_oauth2_auth_code" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'api_integration_oauth2_auth_code', got '{auth_type}'")

        name = d.pop("name")

        provider = d.pop("provider")

        token_url = d.pop("token_url")

        expires_at = d.pop("expires_at")

        integration_id = d.pop("integration_id")

        credential_id = d.pop("credential_id")

        id = d.pop("id")

        scopes = cast(list[str], d.pop("scopes", UNSET))

        scope_separator = d.pop("scope_separator", UNSET)

        def _parse_used_by(data: object) -> AuthConnectionDependencies | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            used_by_type_0 = AuthConnectionDependencies.from_dict(data)

            return used_by_type_0

        used_by = _parse_used_by(d.pop("used_by", UNSET))

        status = d.pop("status", UNSET)

        status_detail = d.pop("status_detail", UNSET)

        status_updated_at = d.pop("status_updated_at", UNSET)

        api_integration_o_auth_2_auth_code_response = cls(
            name=name,
            provider=provider,
            token_url=token_url,
            expires_at=expires_at,
            integration_id=integration_id,
            credential_id=credential_id,
            id=id,
            auth_type=auth_type,
            scopes=scopes,
            scope_separator=scope_separator,
            used_by=used_by,
            status=status,
            status_detail=status_detail,
            status_updated_at=status_updated_at,
        )
        api_integration_o_auth_2_auth_code_response.additional_properties = d
        return api_integration_o_auth_2_auth_code_response

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
from ..models.auth_connection_dependencies import AuthConnectionDependencies
