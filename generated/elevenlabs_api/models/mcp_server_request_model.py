from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
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
    McpApprovalPolicy,
    McpServerTransport,
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolExecutionMode,
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpServerRequestModel(Lazy, AdditionalProperties[Any]):
    """Request model for creating/updating an MCP Server configuration."""

    config: McpServerConfigInput

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("config", "config", object_of("McpServerConfigInput"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpServerConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: The URL of the MCP server, if this contains a secret please store as a workspace secret, otherwise store as
        a plain string. Must use https
    approval_policy: Defines the MCP server-level approval policy for tool execution.
    tool_approval_hashes: List of tool approval hashes for per-tool approval when approval_policy is
        REQUIRE_APPROVAL_PER_TOOL
    transport: Supported MCP server transport types.
    secret_token: The secret token (Authorization header) stored as a workspace secret or in-place secret
    request_headers: The headers included in the request
    request_meta: Entries sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or
        references to a workspace secret, dynamic variable, or environment variable resolved per call.
    auth_connection: Optional auth connection to use for authentication with this MCP server
    description: Defaults to empty on the server.
    force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, all tools from this MCP server will
        require pre-tool execution speech. Defaults to False on the server.
    disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
        interrupt the agent while any tool from this MCP server is running. Defaults to False on the server.
    tool_call_sound: Predefined tool call sound type to play during tool execution for all tools from this MCP
        server
    tool_call_sound_behavior: Determines how the tool call sound should be played.
    response_timeout_secs: The maximum time in seconds to wait for each MCP tool call to complete. Must be between 5
        and 300 seconds (inclusive). Defaults to 30 on the server.
    tool_config_overrides: List of per-tool configuration overrides that override the server-level defaults for
        specific tools
    disable_compression: Whether to disable HTTP compression for this MCP server. Enable this if the server does not
        support compressed responses. Defaults to False on the server.
    """

    url: ConvAiSecretLocator | str

    name: str

    approval_policy: McpApprovalPolicy | Unset = UNSET

    tool_approval_hashes: list[McpToolApprovalHash] | Unset = UNSET

    transport: McpServerTransport | Unset = UNSET

    secret_token: ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset = UNSET

    request_headers: McpServerConfigInputRequestHeaders | Unset = UNSET

    request_meta: McpServerConfigInputRequestMeta | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    description: str | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: ToolInterruptionMode | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | Unset = UNSET

    tool_config_overrides: list[McpToolConfigOverrideInput] | Unset = UNSET

    disable_compression: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", union(STR, object_of("ConvAiSecretLocator")), required=True),
        Field("name", "name", STR, required=True),
        Field("approval_policy", "approval_policy", literal("McpApprovalPolicy")),
        Field("tool_approval_hashes", "tool_approval_hashes", list_of(object_of("McpToolApprovalHash"))),
        Field("transport", "transport", literal("McpServerTransport")),
        Field(
            "secret_token",
            "secret_token",
            union(object_of("ConvAiSecretLocator"), object_of("ConvAiUserSecretDbModel"), NULL),
        ),
        Field("request_headers", "request_headers", object_of("McpServerConfigInputRequestHeaders")),
        Field("request_meta", "request_meta", object_of("McpServerConfigInputRequestMeta")),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("description", "description", STR),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", literal("PreToolSpeechMode")),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", literal("ToolInterruptionMode")),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", literal("ToolCallSoundBehavior")),
        Field("execution_mode", "execution_mode", literal("ToolExecutionMode")),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("tool_config_overrides", "tool_config_overrides", list_of(object_of("McpToolConfigOverrideInput"))),
        Field("disable_compression", "disable_compression", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpServerConfigInputRequestHeaders(
    Lazy, AdditionalProperties["ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str"]
):
    """The headers included in the request"""

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


@_attrs_define(slots=False)
class McpServerConfigInputRequestMeta(
    Lazy,
    AdditionalProperties[
        "bool | ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | float | int | str"
    ],
):
    """Entries sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or references to a
    workspace secret, dynamic variable, or environment variable resolved per call.

    """

    additional_properties: dict[
        str, bool | ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | float | int | str
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    STR,
                    INT,
                    FLOAT,
                    BOOL,
                    object_of("ConvAiSecretLocator"),
                    object_of("ConvAiDynamicVariable"),
                    object_of("ConvAiEnvVarLocator"),
                )
            ),
        ),
    )


@_attrs_define(slots=False)
class McpToolConfigOverrideInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_name: The name of the MCP tool
    force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If set, overrides the server's
        force_pre_tool_speech setting for this tool.
    pre_tool_speech: If set, overrides the server's pre_tool_speech setting for this tool.
    disable_interruptions: DEPRECATED: use `interruption_mode` instead. If set, overrides the server's
        disable_interruptions setting for this tool.
    interruption_mode: If set, overrides the server's interruption_mode setting for this tool.
    tool_call_sound: Overrides the server's tool_call_sound setting for this tool. A sound name plays that sound;
        'off' overrides to no sound (silence); null means do not override (inherit the server default).
    tool_call_sound_behavior: If set, overrides the server's tool_call_sound_behavior setting for this tool
    execution_mode: If set, overrides the server's execution_mode setting for this tool
    response_timeout_secs: If set, overrides the server's response timeout for this MCP tool (seconds).
    assignments: Dynamic variable assignments for this MCP tool
    input_overrides: Mapping of json path to input override configuration
    response_mocks: Mock responses with optional parameter conditions. Evaluated top-to-bottom; first match wins.
    """

    tool_name: str

    force_pre_tool_speech: bool | None | Unset = UNSET

    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | None | Unset = UNSET

    interruption_mode: None | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: Literal["off"] | None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: None | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | None | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    input_overrides: McpToolConfigOverrideInputInputOverridesType0 | None | Unset = UNSET

    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR, required=True),
        Field("force_pre_tool_speech", "force_pre_tool_speech", union(BOOL, NULL)),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), NULL)),
        Field("disable_interruptions", "disable_interruptions", union(BOOL, NULL)),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), NULL)),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), const("off"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", union(literal("ToolCallSoundBehavior"), NULL)),
        Field("execution_mode", "execution_mode", union(literal("ToolExecutionMode"), NULL)),
        Field("response_timeout_secs", "response_timeout_secs", union(INT, NULL)),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment"))),
        Field(
            "input_overrides",
            "input_overrides",
            union(object_of("McpToolConfigOverrideInputInputOverridesType0"), NULL),
        ),
        Field("response_mocks", "response_mocks", union(list_of(object_of("ToolResponseMockConfigInput")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpToolConfigOverrideInputInputOverridesType0(
    Lazy,
    AdditionalProperties[
        "ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride"
    ],
):
    additional_properties: dict[
        str, ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride
    ] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("ConstantSchemaOverride"),
                    object_of("DynamicVariableSchemaOverride"),
                    object_of("LlmSchemaOverride"),
                    object_of("OmitSchemaOverride"),
                )
            ),
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.constant_schema_override import ConstantSchemaOverride
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.conv_ai_user_secret_db_model import ConvAiUserSecretDbModel
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.mcp_tool_approval_hash import McpToolApprovalHash
from ..models.omit_schema_override import OmitSchemaOverride
from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput
