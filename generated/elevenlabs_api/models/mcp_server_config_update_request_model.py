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
    literal,
    object_of,
    union,
)
from ..models._literals import (
    McpApprovalPolicy,
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolExecutionMode,
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpServerConfigUpdateRequestModel(Lazy, AdditionalProperties[Any]):
    """Unified request model for updating MCP Server configuration.

    Attributes:
        approval_policy: The approval mode to set for the MCP server
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If set, overrides the server's
            force_pre_tool_speech setting for this tool.
        pre_tool_speech: If set, overrides the server's pre_tool_speech setting for this tool.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If set, overrides the server's
            disable_interruptions setting for this tool.
        interruption_mode: If set, overrides the server's interruption_mode setting for this tool.
        tool_call_sound: Predefined tool call sound type to play during tool execution for all tools from this MCP
            server
        tool_call_sound_behavior: Determines when the tool call sound should play for all tools from this MCP server
        execution_mode: If set, overrides the server's execution_mode setting for this tool
        response_timeout_secs: The maximum time in seconds to wait for each MCP tool call to complete.
        request_headers: The headers to include in requests to the MCP server
        request_meta: Entries sent in the MCP `_meta` field of tools/call requests. Values may be JSON scalars, or
            references to a workspace secret, dynamic variable, or environment variable resolved per call.
        disable_compression: Whether to disable HTTP compression for this MCP server
        secret_token: Optional secret token for authentication with this MCP server
        auth_connection: Optional auth connection to use for authentication with this MCP server
    """

    approval_policy: McpApprovalPolicy | None | Unset = UNSET

    force_pre_tool_speech: bool | None | Unset = UNSET

    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | None | Unset = UNSET

    interruption_mode: None | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: None | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | None | Unset = UNSET

    request_headers: McpServerConfigUpdateRequestModelRequestHeadersType0 | None | Unset = UNSET

    request_meta: McpServerConfigUpdateRequestModelRequestMetaType0 | None | Unset = UNSET

    disable_compression: bool | None | Unset = UNSET

    secret_token: ConvAiSecretLocator | None | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("approval_policy", "approval_policy", union(literal("McpApprovalPolicy"), NULL)),
        Field("force_pre_tool_speech", "force_pre_tool_speech", union(BOOL, NULL)),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), NULL)),
        Field("disable_interruptions", "disable_interruptions", union(BOOL, NULL)),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), NULL)),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", union(literal("ToolCallSoundBehavior"), NULL)),
        Field("execution_mode", "execution_mode", union(literal("ToolExecutionMode"), NULL)),
        Field("response_timeout_secs", "response_timeout_secs", union(INT, NULL)),
        Field(
            "request_headers",
            "request_headers",
            union(object_of("McpServerConfigUpdateRequestModelRequestHeadersType0"), NULL),
        ),
        Field(
            "request_meta", "request_meta", union(object_of("McpServerConfigUpdateRequestModelRequestMetaType0"), NULL)
        ),
        Field("disable_compression", "disable_compression", union(BOOL, NULL)),
        Field("secret_token", "secret_token", union(object_of("ConvAiSecretLocator"), NULL)),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpServerConfigUpdateRequestModelRequestHeadersType0(
    Lazy, AdditionalProperties["ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str"]
):
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
class McpServerConfigUpdateRequestModelRequestMetaType0(
    Lazy,
    AdditionalProperties[
        "bool | ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | float | int | str"
    ],
):
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
