from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
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
    ToolExecutionMode,
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class McpToolConfigOverrideUpdateRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
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
    response_timeout_secs: If set, overrides the server's response timeout for this MCP tool.
    assignments: Dynamic variable assignments for this MCP tool
    input_overrides: Mapping of json path to input override configuration
    response_mocks: Mock responses with optional parameter conditions. Evaluated top-to-bottom; first match wins.
    """

    force_pre_tool_speech: bool | None | Unset = UNSET

    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | None | Unset = UNSET

    interruption_mode: None | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: Literal["off"] | None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: None | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | None | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | None | Unset = UNSET

    input_overrides: McpToolConfigOverrideUpdateRequestModelInputOverridesType0 | None | Unset = UNSET

    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("force_pre_tool_speech", "force_pre_tool_speech", union(BOOL, NULL)),
        Field("pre_tool_speech", "pre_tool_speech", union(literal("PreToolSpeechMode"), NULL)),
        Field("disable_interruptions", "disable_interruptions", union(BOOL, NULL)),
        Field("interruption_mode", "interruption_mode", union(literal("ToolInterruptionMode"), NULL)),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), const("off"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", union(literal("ToolCallSoundBehavior"), NULL)),
        Field("execution_mode", "execution_mode", union(literal("ToolExecutionMode"), NULL)),
        Field("response_timeout_secs", "response_timeout_secs", union(INT, NULL)),
        Field("assignments", "assignments", union(list_of(object_of("DynamicVariableAssignment")), NULL)),
        Field(
            "input_overrides",
            "input_overrides",
            union(object_of("McpToolConfigOverrideUpdateRequestModelInputOverridesType0"), NULL),
        ),
        Field("response_mocks", "response_mocks", union(list_of(object_of("ToolResponseMockConfigInput")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class McpToolConfigOverrideUpdateRequestModelInputOverridesType0(
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
from ..models.constant_schema_override import ConstantSchemaOverride
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.omit_schema_override import OmitSchemaOverride
from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput
