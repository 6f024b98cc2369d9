from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_llmapi_type import CustomLLMAPIType
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="CustomLLM")


@_attrs_define
class CustomLLM:
    """Attributes:
    url (str): The URL of the Chat Completions compatible endpoint
    model_id (None | str | Unset): The model ID to be used if URL serves multiple models
    api_key (ConvAIEnvVarLocator | ConvAISecretLocator | None | Unset): The API key for authentication. Either a
        workspace secret reference {'secret_id': '...'} or an environment variable reference {'env_var_label': '...'}.
    auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset): Optional workspace
        auth connection for authentication. Only auth connections that produce an Authorization Bearer token are
        supported; Basic auth, mTLS, custom header, and URL secret auth connections are not supported.
    request_headers (CustomLLMRequestHeaders | Unset): Headers that should be included in the request
    api_version (None | str | Unset): The API version to use for the request
    api_type (CustomLLMAPIType | str | Unset): The API type to use (chat_completions, responses or websocket)
        Default: 'chat_completions'.
    """

    url: str

    model_id: None | str | Unset = UNSET

    api_key: ConvAIEnvVarLocator | ConvAISecretLocator | None | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    request_headers: CustomLLMRequestHeaders | Unset = UNSET

    api_version: None | str | Unset = UNSET

    api_type: CustomLLMAPIType | str | Unset = "chat_completions"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        model_id: Any
        try:
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        api_key: Any
        try:
            if isinstance(self.api_key, Unset):
                api_key = UNSET
            elif isinstance(self.api_key, ConvAISecretLocator) or isinstance(self.api_key, ConvAIEnvVarLocator):
                api_key = self.api_key.to_dict()
            else:
                api_key = self.api_key

        except (AttributeError, TypeError):
            api_key = self.api_key

        auth_connection: Any
        try:
            if isinstance(self.auth_connection, Unset):
                auth_connection = UNSET
            elif isinstance(self.auth_connection, AuthConnectionLocator) or isinstance(
                self.auth_connection, EnvironmentAuthConnectionLocator
            ):
                auth_connection = self.auth_connection.to_dict()
            else:
                auth_connection = self.auth_connection

        except (AttributeError, TypeError):
            auth_connection = self.auth_connection

        request_headers: Any
        try:
            request_headers = UNSET
            if not isinstance(self.request_headers, Unset):
                request_headers = self.request_headers.to_dict()
        except (AttributeError, TypeError):
            request_headers = self.request_headers

        api_version: Any
        try:
            api_version = self.api_version

        except (AttributeError, TypeError):
            api_version = self.api_version

        api_type: Any
        try:
            if isinstance(self.api_type, Unset):
                api_type = UNSET
            elif isinstance(self.api_type, str):
                api_type = self.api_type
            else:
                api_type = self.api_type

        except (AttributeError, TypeError):
            api_type = self.api_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        url = d.pop("url", MISSING)
        if url.__class__ is not str:
            if url is MISSING:
                url = missing_field(cls, "url")
                _missing += ("url",)
            else:
                url = unexpected_type(cls, "url", url, "a string")

        model_id = d.pop("model_id", UNSET)
        if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
            model_id = unexpected_type(cls, "model_id", model_id, "a string or null")

        api_key_raw = d.pop("api_key", UNSET)
        try:

            def _parse_api_key(data: object) -> ConvAIEnvVarLocator | ConvAISecretLocator | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_api_key_member, data)

            def _parse_api_key_member(data: object) -> ConvAIEnvVarLocator | ConvAISecretLocator | None | Unset:
                if isinstance(data, dict):
                    for known in (
                        ConvAISecretLocator,
                        ConvAIEnvVarLocator,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    api_key_type_0 = ConvAISecretLocator.from_dict(data)

                    return api_key_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                api_key_type_1 = ConvAIEnvVarLocator.from_dict(data)

                return api_key_type_1

            api_key = _parse_api_key(api_key_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            api_key = deviating_field(cls, "api_key", api_key_raw)

        auth_connection_raw = d.pop("auth_connection", UNSET)
        try:

            def _parse_auth_connection(
                data: object,
            ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_auth_connection_member, data)

            def _parse_auth_connection_member(
                data: object,
            ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
                if isinstance(data, dict):
                    for known in (
                        AuthConnectionLocator,
                        EnvironmentAuthConnectionLocator,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    auth_connection_type_0 = AuthConnectionLocator.from_dict(data)

                    return auth_connection_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                auth_connection_type_1 = EnvironmentAuthConnectionLocator.from_dict(data)

                return auth_connection_type_1

            auth_connection = _parse_auth_connection(auth_connection_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            auth_connection = deviating_field(cls, "auth_connection", auth_connection_raw)

        request_headers_raw = d.pop("request_headers", UNSET)
        try:
            _request_headers = request_headers_raw
            request_headers: CustomLLMRequestHeaders | Unset
            if isinstance(_request_headers, Unset):
                request_headers = UNSET
            else:
                request_headers = CustomLLMRequestHeaders.from_dict(_request_headers)
        except (KeyError, TypeError, ValueError, AttributeError):
            request_headers = deviating_field(cls, "request_headers", request_headers_raw)

        api_version = d.pop("api_version", UNSET)
        if api_version.__class__ is not str and api_version is not None and api_version is not UNSET:
            api_version = unexpected_type(cls, "api_version", api_version, "a string or null")

        api_type = d.pop("api_type", UNSET)
        if api_type.__class__ is not str and api_type is not UNSET:
            api_type = unexpected_type(cls, "api_type", api_type, "a string")

        custom_llm = cls(
            url=url,
            model_id=model_id,
            api_key=api_key,
            auth_connection=auth_connection,
            request_headers=request_headers,
            api_version=api_version,
            api_type=api_type,
        )
        if _missing:
            custom_llm._missing_fields = _missing
        custom_llm.additional_properties = d
        return custom_llm

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
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_env_var_locator import ConvAIEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAISecretLocator
from ..models.custom_llm_request_headers import CustomLLMRequestHeaders
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
