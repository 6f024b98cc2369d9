from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import CustomLlmapiType
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CustomLlm")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CustomLlm(Lazy):
    """Attributes:
    url (str): The URL of the Chat Completions compatible endpoint
    model_id (None | str | Unset): The model ID to be used if URL serves multiple models
    api_key (ConvAiEnvVarLocator | ConvAiSecretLocator | None | Unset): The API key for authentication. Either a
        workspace secret reference {'secret_id': '...'} or an environment variable reference {'env_var_label': '...'}.
    auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset): Optional workspace
        auth connection for authentication. Only auth connections that produce an Authorization Bearer token are
        supported; Basic auth, mTLS, custom header, and URL secret auth connections are not supported.
    request_headers (CustomLlmRequestHeaders | Unset): Headers that should be included in the request
    api_version (None | str | Unset): The API version to use for the request
    api_type (CustomLlmapiType | str | Unset): The API type to use (chat_completions, responses or websocket)
        Defaults to 'chat_completions' on the server.
    """

    url: str

    model_id: None | str | Unset = UNSET

    api_key: ConvAiEnvVarLocator | ConvAiSecretLocator | None | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    request_headers: CustomLlmRequestHeaders | Unset = UNSET

    api_version: None | str | Unset = UNSET

    api_type: CustomLlmapiType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
            elif isinstance(self.api_key, ConvAiSecretLocator) or isinstance(self.api_key, ConvAiEnvVarLocator):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        custom_llm = cls.__new__(cls)
        custom_llm.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_url = plain_reader("url", (str,), "a string", True)

_read_model_id = plain_reader(
    "model_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_api_key(cls: type[CustomLlm], d: Mapping[str, Any]) -> Any:
    api_key_raw = d.get("api_key", UNSET)
    try:

        def _parse_api_key(data: object) -> ConvAiEnvVarLocator | ConvAiSecretLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_api_key_member, data)

        def _parse_api_key_member(data: object) -> ConvAiEnvVarLocator | ConvAiSecretLocator | None | Unset:
            if isinstance(data, dict):
                for known in (
                    ConvAiSecretLocator,
                    ConvAiEnvVarLocator,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                api_key_type_0 = ConvAiSecretLocator.from_dict(data)

                return api_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            api_key_type_1 = ConvAiEnvVarLocator.from_dict(data)

            return api_key_type_1

        api_key = _parse_api_key(api_key_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        api_key = deviating_field(cls, "api_key", api_key_raw)

    return api_key


def _read_auth_connection(cls: type[CustomLlm], d: Mapping[str, Any]) -> Any:
    auth_connection_raw = d.get("auth_connection", UNSET)
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

    return auth_connection


def _read_request_headers(cls: type[CustomLlm], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:
        _request_headers = request_headers_raw
        request_headers: CustomLlmRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = CustomLlmRequestHeaders.from_dict(_request_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


_read_api_version = plain_reader(
    "api_version",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_api_type = plain_reader("api_type", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "model_id",
        "api_key",
        "auth_connection",
        "request_headers",
        "api_version",
        "api_type",
    )
)


def _read_additional_properties(cls: type[CustomLlm], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CustomLlm], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    if "api_key" in known:
        api_key = known["api_key"]
    else:
        api_key = d.get("api_key", UNSET)
        if api_key is not UNSET and api_key is not None:
            api_key = _read_api_key(cls, d)

    if "auth_connection" in known:
        auth_connection = known["auth_connection"]
    else:
        auth_connection = d.get("auth_connection", UNSET)
        if auth_connection is not UNSET and auth_connection is not None:
            auth_connection = _read_auth_connection(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET:
            request_headers = _read_request_headers(cls, d)

    api_version = d.get("api_version", UNSET)
    if api_version.__class__ is not str and api_version is not None and api_version is not UNSET:
        api_version = _read_api_version(cls, d)

    api_type = d.get("api_type", UNSET)
    if api_type.__class__ is not str and api_type is not UNSET:
        api_type = _read_api_type(cls, d)

    return {
        "url": url,
        "model_id": model_id,
        "api_key": api_key,
        "auth_connection": auth_connection,
        "request_headers": request_headers,
        "api_version": api_version,
        "api_type": api_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CustomLlm,
    _all_fields,
    {
        "url": _read_url,
        "model_id": _read_model_id,
        "api_key": _read_api_key,
        "auth_connection": _read_auth_connection,
        "request_headers": _read_request_headers,
        "api_version": _read_api_version,
        "api_type": _read_api_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.custom_llm_request_headers import CustomLlmRequestHeaders
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
