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
    IntegrationType,
    McpApprovalPolicy,
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolExecutionMode,
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpToolConfigInput(Lazy, AdditionalProperties[Any]):
    """An MCP tool configuration that can be used to call MCP servers

    Attributes:
        description: Description of when the tool should be used and what it does.
        mcp_tool_name: The name of the MCP tool to call
        mcp_tool_description: The description of the MCP tool to call
        mcp_server_id: The id of the MCP server to call
        mcp_server_name: The name of the MCP server to call
        type_:  Default: 'mcp'.
        response_timeout_secs: The maximum time in seconds to wait for the MCP tool call to complete. Must be between 5
            and 300 seconds (inclusive). Defaults to 30 on the server.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
            interrupt the agent while this tool is running. Defaults to False on the server.
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
            call. Defaults to False on the server.
        assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
        tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
            sound will be played.
        tool_call_sound_behavior: Determines how the tool call sound should be played.
        tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent.
        parameters: Schema for any parameters the LLM needs to provide to the MCP tool.
        approval_policy: Defines the MCP server-level approval policy for tool execution.
        mcp_input_schema: Original inputSchema dict for consistent hashing
        input_overrides: Input parameter overrides for this tool
    """

    name: str

    description: str

    integration_type: IntegrationType

    mcp_tool_name: str

    mcp_tool_description: str

    mcp_server_id: str

    mcp_server_name: str

    type_: Literal["mcp"] | Unset = _attrs_field(
        default="mcp",
        kw_only=True,
        alias="type",
        validator=types.tag("McpToolConfigInput", "type", "mcp"),
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

    parameters: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    approval_policy: McpApprovalPolicy | Unset = UNSET

    mcp_input_schema: McpToolConfigInputMcpInputSchemaType0 | None | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    input_overrides: McpToolConfigInputInputOverridesType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("integration_type", "integration_type", literal("IntegrationType"), required=True),
        Field("mcp_tool_name", "mcp_tool_name", STR, required=True),
        Field("mcp_tool_description", "mcp_tool_description", STR, required=True),
        Field("mcp_server_id", "mcp_server_id", STR, required=True),
        Field("mcp_server_name", "mcp_server_name", STR, required=True),
        Field("type_", "type", const("mcp")),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", literal("ToolInterruptionMode")),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", literal("PreToolSpeechMode")),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment"))),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", literal("ToolCallSoundBehavior")),
        Field("tool_error_handling_mode", "tool_error_handling_mode", literal("ToolErrorHandlingMode")),
        Field("parameters", "parameters", union(object_of("ObjectJsonSchemaPropertyInput"), NULL)),
        Field("approval_policy", "approval_policy", literal("McpApprovalPolicy")),
        Field("mcp_input_schema", "mcp_input_schema", union(object_of("McpToolConfigInputMcpInputSchemaType0"), NULL)),
        Field("execution_mode", "execution_mode", literal("ToolExecutionMode")),
        Field("input_overrides", "input_overrides", union(object_of("McpToolConfigInputInputOverridesType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(McpToolConfigInput, type_="type")


@_attrs_define(slots=False)
class McpToolConfigInputInputOverridesType0(
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


@_attrs_define(slots=False)
class McpToolConfigInputMcpInputSchemaType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.constant_schema_override import ConstantSchemaOverride
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
from ..models.omit_schema_override import OmitSchemaOverride
