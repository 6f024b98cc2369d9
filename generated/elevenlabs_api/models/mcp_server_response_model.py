from __future__ import annotations

from typing import Any, ClassVar

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
class McpServerResponseModel(Lazy, AdditionalProperties[Any]):
    """Response model representing an MCP Server configuration.

    Attributes:
        access_info: The access information of the MCP Server
        dependent_agents: List of agents that depend on this MCP Server.
    """

    id: str

    config: McpServerConfigOutput

    metadata: McpServerMetadataResponseModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    dependent_agents: (
        list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("config", "config", object_of("McpServerConfigOutput"), required=True),
        Field("metadata", "metadata", object_of("McpServerMetadataResponseModel"), required=True),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field(
            "dependent_agents",
            "dependent_agents",
            list_of(
                union(
                    object_of("DependentAvailableAgentIdentifier"),
                    object_of("DependentUnknownAgentIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpServerConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    url: The URL of the MCP server, if this contains a secret please store as a workspace secret, otherwise store as
        a plain string. Must use https
    approval_policy: Defaults to 'require_approval_all' on the server.
    tool_approval_hashes: List of tool approval hashes for per-tool approval when approval_policy is
        REQUIRE_APPROVAL_PER_TOOL
    transport: The transport type used to connect to the MCP server Defaults to 'SSE' on the server.
    secret_token: The secret token (Authorization header) stored as a workspace secret or in-place secret
    request_headers: The headers included in the request
    request_meta: Entries sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or
        references to a workspace secret, dynamic variable, or environment variable resolved per call.
    auth_connection: Optional auth connection to use for authentication with this MCP server
    description: Defaults to empty on the server.
    force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, all tools from this MCP server will
        require pre-tool execution speech. Defaults to False on the server.
    pre_tool_speech: Controls whether the agent speaks before this tool is called. 'auto' (default) decides based on
        recent tool latency, 'force' always asks the agent to speak, 'off' fully opts out regardless of latency. Applies
        to every tool from this MCP server unless overridden per tool. Defaults to 'auto' on the server.
    disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
        interrupt the agent while any tool from this MCP server is running. Defaults to False on the server.
    interruption_mode: Controls whether the user can interrupt the agent around this tool call. 'allow' (default)
        lets the user interrupt at any time, 'disable_during_tool' suppresses interruptions only while the tool is
        running, 'disable_during_tool_and_turn' suppresses interruptions while the tool runs and for the agent response
        that follows it. Applies to every tool from this MCP server unless overridden per tool. Defaults to 'allow' on
        the server.
    tool_call_sound: Predefined tool call sound type to play during tool execution for all tools from this MCP
        server
    tool_call_sound_behavior: Determines when the tool call sound should play for all tools from this MCP server
        Defaults to 'auto' on the server.
    execution_mode: Determines when and how all tools from this MCP server execute: 'immediate' executes the tool
        right away when requested by the LLM, 'post_tool_speech' waits for the agent to finish speaking before
        executing, 'async' runs the tool in the background without blocking - best for long-running operations. Defaults
        to 'immediate' on the server.
    response_timeout_secs: The maximum time in seconds to wait for each MCP tool call to complete. Must be between 5
        and 300 seconds (inclusive). Defaults to 30 on the server.
    tool_config_overrides: List of per-tool configuration overrides that override the server-level defaults for
        specific tools
    disable_compression: Whether to disable HTTP compression for this MCP server. Enable this if the server does not
        support compressed responses. Defaults to False on the server.
    """

    url: ConvAiSecretLocator | str

    name: str

    approval_policy: McpApprovalPolicy | str | Unset = UNSET

    tool_approval_hashes: list[McpToolApprovalHash] | Unset = UNSET

    transport: McpServerTransport | str | Unset = UNSET

    secret_token: ConvAiSecretLocator | ConvAiUserSecretDbModel | None | Unset = UNSET

    request_headers: McpServerConfigOutputRequestHeaders | Unset = UNSET

    request_meta: McpServerConfigOutputRequestMeta | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    description: str | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | str | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: str | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: None | str | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: str | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: str | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | Unset = UNSET

    tool_config_overrides: list[McpToolConfigOverrideOutput] | Unset = UNSET

    disable_compression: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", union(STR, object_of("ConvAiSecretLocator")), required=True),
        Field("name", "name", STR, required=True),
        Field("approval_policy", "approval_policy", union(literal("McpApprovalPolicy"), STR)),
        Field("tool_approval_hashes", "tool_approval_hashes", list_of(object_of("McpToolApprovalHash"))),
        Field("transport", "transport", union(literal("McpServerTransport"), STR)),
        Field(
            "secret_token",
            "secret_token",
            union(object_of("ConvAiSecretLocator"), object_of("ConvAiUserSecretDbModel"), NULL),
        ),
        Field("request_headers", "request_headers", object_of("McpServerConfigOutputRequestHeaders")),
        Field("request_meta", "request_meta", object_of("McpServerConfigOutputRequestMeta")),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("description", "description", STR),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), STR)),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), STR)),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL, STR)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", union(literal("ToolCallSoundBehavior"), STR)),
        Field("execution_mode", "execution_mode", union(literal("ToolExecutionMode"), STR)),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("tool_config_overrides", "tool_config_overrides", list_of(object_of("McpToolConfigOverrideOutput"))),
        Field("disable_compression", "disable_compression", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpServerConfigOutputRequestHeaders(
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
class McpServerConfigOutputRequestMeta(
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
class McpServerMetadataResponseModel(Lazy, AdditionalProperties[Any]):
    created_at: int

    owner_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_at", "created_at", INT, required=True),
        Field("owner_user_id", "owner_user_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.conv_ai_user_secret_db_model import ConvAiUserSecretDbModel
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.mcp_tool_approval_hash import McpToolApprovalHash
from ..models.mcp_tool_config_override_output import McpToolConfigOverrideOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
