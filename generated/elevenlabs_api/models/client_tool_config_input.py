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
class ClientToolConfigInput(Lazy, AdditionalProperties[Any]):
    """A client tool is one that sends an event to the user's client to trigger something client side

    Example:
        {'expects_response': False, 'type': 'client'}

    Attributes:
        description: Description of when the tool should be used and what it does.
        type_: The type of tool Default: 'client'.
        response_timeout_secs: The maximum time in seconds to wait for the tool call to complete. Must be between 1 and
            120 seconds (inclusive). Defaults to 20 on the server.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
            interrupt the agent while this tool is running. Defaults to False on the server.
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
            call. Defaults to False on the server.
        assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
        tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
            sound will be played.
        tool_call_sound_behavior: Determines how the tool call sound should be played.
        tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent.
        parameters: Schema for any parameters to pass to the client
        expects_response: If true, calling this tool should block the conversation until the client responds with some
            response which is passed to the llm. If false then we will continue the conversation without waiting for the
            client to respond, this is useful to show content to a user but not block the conversation Defaults to False on
            the server.
        dynamic_variables:  Example: {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}.
    """

    name: str

    description: str

    type_: Literal["client"] | Unset = _attrs_field(
        default="client",
        kw_only=True,
        alias="type",
        validator=types.tag("ClientToolConfigInput", "type", "client"),
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

    expects_response: bool | Unset = UNSET

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("type_", "type", const("client")),
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
        Field("expects_response", "expects_response", BOOL),
        Field("dynamic_variables", "dynamic_variables", object_of("DynamicVariablesConfig")),
        Field("execution_mode", "execution_mode", literal("ToolExecutionMode")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ClientToolConfigInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
