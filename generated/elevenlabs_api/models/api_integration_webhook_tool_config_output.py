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
)


@_attrs_define(slots=False)
class ApiIntegrationWebhookToolConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'api_integration_webhook'.
    description: Description of when the tool should be used and what it does.
    response_timeout_secs: The maximum time in seconds to wait for the tool call to complete. Must be between 5 and
        300 seconds (inclusive). Default: 20.
    disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
        interrupt the agent while this tool is running. Default: False.
    interruption_mode: Controls whether the user can interrupt the agent around this tool call. 'allow' (default)
        lets the user interrupt at any time, 'disable_during_tool' suppresses interruptions only while the tool is
        running, 'disable_during_tool_and_turn' suppresses interruptions while the tool runs and for the agent response
        that follows it. Default: 'allow'.
    force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
        call. Default: False.
    pre_tool_speech: Controls whether the agent speaks before this tool is called. 'auto' (default) decides based on
        recent tool latency, 'force' always asks the agent to speak, 'off' fully opts out regardless of latency.
        Default: 'auto'.
    assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
    tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
        sound will be played.
    tool_call_sound_behavior: Determines when the tool call sound should play. 'auto' only plays when there's pre-
        tool speech, 'always' plays for every tool call. Default: 'auto'.
    tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent. 'auto'
        determines handling based on tool type (summarized for native integrations, hide for others), 'summarized' sends
        an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does not share the error with the agent.
        Default: 'auto'.
    dynamic_variables:  Example: {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}.
    execution_mode: Determines when and how the tool executes: 'immediate' executes the tool right away when
        requested by the LLM, 'post_tool_speech' waits for the agent to finish speaking before executing, 'async' runs
        the tool in the background without blocking - best for long-running operations. Default: 'immediate'.
    tool_version: The version of the API integration tool Default: '1.0.0'.
    api_schema_overrides: User overrides applied on top of the base api_schema
    """

    name: str

    description: str

    assignments: list[DynamicVariableAssignment]

    tool_call_sound: None | str | ToolCallSoundType = _attrs_field(default=None, kw_only=True)

    dynamic_variables: DynamicVariablesConfig

    api_integration_id: str

    api_integration_connection_id: str

    api_schema_overrides: ApiIntegrationWebhookOverrides | None = None

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("ApiIntegrationWebhookToolConfigOutput", "type", "api_integration_webhook"),
    )

    response_timeout_secs: int = 20

    disable_interruptions: bool = False

    interruption_mode: str | ToolInterruptionMode = "allow"

    force_pre_tool_speech: bool = False

    pre_tool_speech: PreToolSpeechMode | str = "auto"

    tool_call_sound_behavior: str | ToolCallSoundBehavior = "auto"

    tool_error_handling_mode: str | ToolErrorHandlingMode = "auto"

    execution_mode: str | ToolExecutionMode = "immediate"

    tool_version: str = "1.0.0"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("response_timeout_secs", "response_timeout_secs", INT, required=True),
        Field("disable_interruptions", "disable_interruptions", BOOL, required=True),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), STR), required=True),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL, required=True),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), STR), required=True),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment")), required=True),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL, STR), required=True),
        Field(
            "tool_call_sound_behavior",
            "tool_call_sound_behavior",
            union(literal("ToolCallSoundBehavior"), STR),
            required=True,
        ),
        Field(
            "tool_error_handling_mode",
            "tool_error_handling_mode",
            union(literal("ToolErrorHandlingMode"), STR),
            required=True,
        ),
        Field("dynamic_variables", "dynamic_variables", object_of("DynamicVariablesConfig"), required=True),
        Field("execution_mode", "execution_mode", union(literal("ToolExecutionMode"), STR), required=True),
        Field("tool_version", "tool_version", STR, required=True),
        Field("api_integration_id", "api_integration_id", STR, required=True),
        Field("api_integration_connection_id", "api_integration_connection_id", STR, required=True),
        Field(
            "api_schema_overrides",
            "api_schema_overrides",
            union(object_of("ApiIntegrationWebhookOverrides"), NULL),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ApiIntegrationWebhookToolConfigOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
