from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
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
from ..models._literals import (
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolExecutionMode,
    ToolInterruptionMode,
    WebhookToolApiSchemaConfigInputContentType,
    WebhookToolApiSchemaConfigInputMethod,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WebhookToolConfigInput(Lazy, AdditionalProperties[Any]):
    """A webhook tool is a tool that calls an external webhook from our server

    Example:
        {'response_timeout_secs': 20, 'type': 'webhook'}

    Attributes:
        description: Description of when the tool should be used and what it does.
        api_schema:  Example: {'method': 'GET', 'path_params_schema': {'agent_id': {'type': 'string'}},
            'query_params_schema': {'param1': {'type': 'string'}}, 'request_body_schema': {'param1': {'type': 'string'}},
            'request_headers': {'Authorization': 'Bearer {api_key}'}, 'url': 'https://example.com/agents/{agent_id}'}.
        type_: The type of tool Default: 'webhook'.
        response_timeout_secs: The maximum time in seconds to wait for the tool call to complete. Must be between 5 and
            300 seconds (inclusive). Defaults to 20 on the server.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
            interrupt the agent while this tool is running. Defaults to False on the server.
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
            call. Defaults to False on the server.
        assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
        tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
            sound will be played.
        tool_call_sound_behavior: Determines how the tool call sound should be played.
        tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent.
        dynamic_variables:  Example: {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}.
    """

    name: str

    description: str

    api_schema: WebhookToolApiSchemaConfigInput

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("WebhookToolConfigInput", "type", "webhook"),
    )

    response_timeout_secs: int | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: ToolInterruptionMode | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = UNSET

    tool_error_handling_mode: ToolErrorHandlingMode | Unset = UNSET

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("api_schema", "api_schema", object_of("WebhookToolApiSchemaConfigInput"), required=True),
        Field("type_", "type", const("webhook")),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", literal("ToolInterruptionMode")),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", literal("PreToolSpeechMode")),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment"))),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", literal("ToolCallSoundBehavior")),
        Field("tool_error_handling_mode", "tool_error_handling_mode", literal("ToolErrorHandlingMode")),
        Field("dynamic_variables", "dynamic_variables", object_of("DynamicVariablesConfig")),
        Field("execution_mode", "execution_mode", literal("ToolExecutionMode")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WebhookToolConfigInput, type_="type")


@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'method': 'GET', 'path_params_schema': {'agent_id': {'type': 'string'}}, 'query_params_schema': {'param1':
        {'type': 'string'}}, 'request_body_schema': {'param1': {'type': 'string'}}, 'request_headers': {'Authorization':
        'Bearer {api_key}'}, 'url': 'https://example.com/agents/{agent_id}'}

    Attributes:
        url: The URL that the webhook will be sent to. May include path parameters, e.g.
            https://example.com/agents/{agent_id}
        request_headers: Headers that should be included in the request
        method: The HTTP method to use for the webhook Defaults to 'GET' on the server.
        path_params_schema: Schema for path parameters, if any. The keys should match the placeholders in the URL.
        query_params_schema: Schema for any query params, if any. These will be added to end of the URL as query params.
            Note: properties in a query param must all be literal types
        request_body_schema: Schema for the body parameters, if any. Used for POST/PATCH/PUT requests. The schema should
            be an object which will be sent as the json body
        response_body_schema: Schema describing the expected response body structure. For documentation only; not
            surfaced to the LLM.
        response_filter: Optional allow-list filter applied to the response before the LLM sees it, so large responses
            don't pollute the context. Defaults to the full response.
        content_type: Content type for the request body. Only applies to POST/PUT/PATCH requests. Defaults to
            'application/json' on the server.
        auth_resolved_params: URL placeholders resolved from the auth connection (e.g. secrets injected via
            UrlSecretAuthConnection) rather than from path_params_schema.
        auth_connection: Optional auth connection to use for authentication with this webhook
    """

    url: str

    request_headers: WebhookToolApiSchemaConfigInputRequestHeaders | Unset = UNSET

    method: WebhookToolApiSchemaConfigInputMethod | Unset = UNSET

    path_params_schema: WebhookToolApiSchemaConfigInputPathParamsSchema | Unset = UNSET

    query_params_schema: None | QueryParamsJsonSchema | Unset = UNSET

    request_body_schema: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    response_body_schema: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    response_filter: None | ResponseFilter | Unset = UNSET

    content_type: WebhookToolApiSchemaConfigInputContentType | Unset = UNSET

    auth_resolved_params: list[str] | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("request_headers", "request_headers", object_of("WebhookToolApiSchemaConfigInputRequestHeaders")),
        Field("method", "method", literal("WebhookToolApiSchemaConfigInputMethod")),
        Field("path_params_schema", "path_params_schema", object_of("WebhookToolApiSchemaConfigInputPathParamsSchema")),
        Field("query_params_schema", "query_params_schema", union(object_of("QueryParamsJsonSchema"), NULL)),
        Field("request_body_schema", "request_body_schema", union(object_of("ObjectJsonSchemaPropertyInput"), NULL)),
        Field("response_body_schema", "response_body_schema", union(object_of("ObjectJsonSchemaPropertyInput"), NULL)),
        Field("response_filter", "response_filter", union(object_of("ResponseFilter"), NULL)),
        Field("content_type", "content_type", literal("WebhookToolApiSchemaConfigInputContentType")),
        Field("auth_resolved_params", "auth_resolved_params", list_of(STR)),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigInputPathParamsSchema(Lazy, AdditionalProperties["LiteralJsonSchemaProperty"]):
    """Schema for path parameters, if any. The keys should match the placeholders in the URL."""

    additional_properties: dict[str, LiteralJsonSchemaProperty] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LiteralJsonSchemaProperty"))),
    )


@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigInputRequestHeaders(
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
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.literal_json_schema_property import LiteralJsonSchemaProperty
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
from ..models.query_params_json_schema import QueryParamsJsonSchema
from ..models.response_filter import ResponseFilter
