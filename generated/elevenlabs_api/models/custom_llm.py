from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import CustomLlmapiType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CustomLlm(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: The URL of the Chat Completions compatible endpoint
    model_id: The model ID to be used if URL serves multiple models
    api_key: The API key for authentication. Either a workspace secret reference {'secret_id': '...'} or an
        environment variable reference {'env_var_label': '...'}.
    auth_connection: Optional workspace auth connection for authentication. Only auth connections that produce an
        Authorization Bearer token are supported; Basic auth, mTLS, custom header, and URL secret auth connections are
        not supported.
    request_headers: Headers that should be included in the request
    api_version: The API version to use for the request
    api_type: The API type to use (chat_completions, responses or websocket) Defaults to 'chat_completions' on the
        server.
    """

    url: str

    model_id: None | str | Unset = UNSET

    api_key: ConvAiEnvVarLocator | ConvAiSecretLocator | None | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    request_headers: CustomLlmRequestHeaders | Unset = UNSET

    api_version: None | str | Unset = UNSET

    api_type: CustomLlmapiType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("model_id", "model_id", union(STR, NULL)),
        Field("api_key", "api_key", union(object_of("ConvAiSecretLocator"), object_of("ConvAiEnvVarLocator"), NULL)),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("request_headers", "request_headers", object_of("CustomLlmRequestHeaders")),
        Field("api_version", "api_version", union(STR, NULL)),
        Field("api_type", "api_type", union(literal("CustomLlmapiType"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class CustomLlmRequestHeaders(
    Lazy, AdditionalProperties["ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str"]
):
    """Headers that should be included in the request"""

    additional_properties: dict[str, ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str] = (
        _attrs_field(init=False, factory=dict)
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    STR,
                    object_of("ConvAiSecretLocator"),
                    object_of("ConvAiDynamicVariable"),
                    object_of("ConvAiEnvVarLocator"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
