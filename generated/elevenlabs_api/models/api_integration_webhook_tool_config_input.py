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
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ApiIntegrationWebhookToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    description: Description of when the tool should be used and what it does.
    type_:  Default: 'api_integration_webhook'.
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
    tool_version: The version of the API integration tool Defaults to '1.0.0' on the server.
    api_schema_overrides: User overrides applied on top of the base api_schema
    """

    name: str

    description: str

    api_integration_id: str

    api_integration_connection_id: str

    type_: Literal["api_integration_webhook"] | Unset = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("ApiIntegrationWebhookToolConfigInput", "type", "api_integration_webhook"),
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

    tool_version: str | Unset = UNSET

    api_schema_overrides: ApiIntegrationWebhookOverrides | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("api_integration_id", "api_integration_id", STR, required=True),
        Field("api_integration_connection_id", "api_integration_connection_id", STR, required=True),
        Field("type_", "type", const("api_integration_webhook")),
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
        Field("tool_version", "tool_version", STR),
        Field("api_schema_overrides", "api_schema_overrides", union(object_of("ApiIntegrationWebhookOverrides"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ApiIntegrationWebhookToolConfigInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
