from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_integration_o_auth_2_auth_code_response_scope_separator_type_0 import (
    ApiIntegrationOAuth2AuthCodeResponseScopeSeparatorType0,
)
from ..models.auth_connection_status import AuthConnectionStatus
from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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

        scopes: Any
        try:
            scopes = UNSET
            if not isinstance(self.scopes, Unset):
                scopes = self.scopes

        except (AttributeError, TypeError):
            scopes = self.scopes

        scope_separator: Any
        try:
            if isinstance(self.scope_separator, Unset):
                scope_separator = UNSET
            elif isinstance(self.scope_separator, str):
                scope_separator = self.scope_separator
            else:
                scope_separator = self.scope_separator

        except (AttributeError, TypeError):
            scope_separator = self.scope_separator

        used_by: Any
        try:
            if isinstance(self.used_by, Unset):
                used_by = UNSET
            elif isinstance(self.used_by, AuthConnectionDependencies):
                used_by = self.used_by.to_dict()
            else:
                used_by = self.used_by

        except (AttributeError, TypeError):
            used_by = self.used_by

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        status_detail: Any
        try:
            status_detail = self.status_detail

        except (AttributeError, TypeError):
            status_detail = self.status_detail

        status_updated_at: Any
        try:
            status_updated_at = self.status_updated_at

        except (AttributeError, TypeError):
            status_updated_at = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        if token_url is not None or "token_url" not in self._missing_fields:
            field_dict["token_url"] = token_url
        if expires_at is not None or "expires_at" not in self._missing_fields:
            field_dict["expires_at"] = expires_at
        if integration_id is not None or "integration_id" not in self._missing_fields:
            field_dict["integration_id"] = integration_id
        if credential_id is not None or "credential_id" not in self._missing_fields:
            field_dict["credential_id"] = credential_id
        if id is not None or "id" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        auth_type_raw = d.pop("auth_type", UNSET)
        auth_type = cast(Literal["api_integration_oauth2_auth_code"] | Unset, auth_type_raw)
        if auth_type != "api_integration_oauth2_auth_code" and not isinstance(auth_type, Unset):
            raise ValueError(f"auth_type must match const 'api_integration_oauth2_auth_code', got '{auth_type}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        provider = d.pop("provider", MISSING)
        if provider.__class__ is not str:
            if provider is MISSING:
                provider = missing_field(cls, "provider")
                _missing += ("provider",)
            else:
                provider = unexpected_type(cls, "provider", provider, "a string")

        token_url = d.pop("token_url", MISSING)
        if token_url.__class__ is not str:
            if token_url is MISSING:
                token_url = missing_field(cls, "token_url")
                _missing += ("token_url",)
            else:
                token_url = unexpected_type(cls, "token_url", token_url, "a string")

        expires_at = d.pop("expires_at", MISSING)
        if expires_at.__class__ is not str:
            if expires_at is MISSING:
                expires_at = missing_field(cls, "expires_at")
                _missing += ("expires_at",)
            else:
                expires_at = unexpected_type(cls, "expires_at", expires_at, "a string")

        integration_id = d.pop("integration_id", MISSING)
        if integration_id.__class__ is not str:
            if integration_id is MISSING:
                integration_id = missing_field(cls, "integration_id")
                _missing += ("integration_id",)
            else:
                integration_id = unexpected_type(cls, "integration_id", integration_id, "a string")

        credential_id = d.pop("credential_id", MISSING)
        if credential_id.__class__ is not str:
            if credential_id is MISSING:
                credential_id = missing_field(cls, "credential_id")
                _missing += ("credential_id",)
            else:
                credential_id = unexpected_type(cls, "credential_id", credential_id, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        scopes = d.pop("scopes", UNSET)
        if scopes.__class__ is not list and scopes is not UNSET:
            scopes = unexpected_type(cls, "scopes", scopes, "an array")
        elif scopes.__class__ is list and scopes:
            check_items(cls, "scopes", scopes, (str,), "a string")

        scope_separator = d.pop("scope_separator", UNSET)
        if scope_separator.__class__ is not str and scope_separator is not UNSET:
            scope_separator = unexpected_type(cls, "scope_separator", scope_separator, "a string")

        used_by_raw = d.pop("used_by", UNSET)
        try:

            def _parse_used_by(data: object) -> AuthConnectionDependencies | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                used_by_type_0 = AuthConnectionDependencies.from_dict(data)

                return used_by_type_0

            used_by = _parse_used_by(used_by_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            used_by = deviating_field(cls, "used_by", used_by_raw)

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            status = unexpected_type(cls, "status", status, "a string")

        status_detail = d.pop("status_detail", UNSET)
        if status_detail.__class__ is not str and status_detail is not None and status_detail is not UNSET:
            status_detail = unexpected_type(cls, "status_detail", status_detail, "a string or null")

        status_updated_at = d.pop("status_updated_at", UNSET)
        if status_updated_at.__class__ is not str and status_updated_at is not None and status_updated_at is not UNSET:
            status_updated_at = unexpected_type(cls, "status_updated_at", status_updated_at, "a string or null")

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
        if _missing:
            api_integration_o_auth_2_auth_code_response._missing_fields = _missing
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
