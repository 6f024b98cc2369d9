from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolErrorHandlingMode,
    ToolInterruptionMode,
)
from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class SystemToolConfigInput(Lazy, AdditionalProperties[Any]):
    """A system tool is a tool that is used to call a system method in the server

    Attributes:
        type_: The type of tool Default: 'system'.
        description: Description of when the tool should be used and what it does. Leave empty to use the default
            description that's optimized for the specific tool type. Defaults to empty on the server.
        response_timeout_secs: The maximum time in seconds to wait for the tool call to complete. Defaults to 20 on the
            server.
        disable_interruptions: DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
            interrupt the agent while this tool is running. Defaults to False on the server.
        force_pre_tool_speech: DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before the tool
            call. Defaults to False on the server.
        assignments: Configuration for extracting values from tool responses and assigning them to dynamic variables
        tool_call_sound: Predefined tool call sound type to play during tool execution. If not specified, no tool call
            sound will be played.
        tool_call_sound_behavior: Determines how the tool call sound should be played.
        tool_error_handling_mode: Controls how tool errors are processed before being shared with the agent.
    """

    name: str

    params: (
        EndCallToolConfig
        | EndProcedureToolConfigInput
        | KnowledgeBaseRagToolConfig
        | KnowledgeBaseToolConfig
        | LanguageDetectionToolConfig
        | PlayDtmfToolConfig
        | RunSubagentToolConfigInput
        | SkipTurnToolConfig
        | StartProcedureToolConfigInput
        | TransferToAgentToolConfigInput
        | TransferToNumberToolConfigInput
        | VoicemailDetectionToolConfig
    )

    type_: Literal["system"] | Unset = _attrs_field(
        default="system",
        kw_only=True,
        alias="type",
        validator=types.tag("SystemToolConfigInput", "type", "system"),
    )

    description: str | Unset = UNSET

    response_timeout_secs: int | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: ToolInterruptionMode | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = UNSET

    tool_error_handling_mode: ToolErrorHandlingMode | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field(
            "params",
            "params",
            union(
                object_of("EndCallToolConfig"),
                object_of("LanguageDetectionToolConfig"),
                object_of("TransferToAgentToolConfigInput"),
                object_of("TransferToNumberToolConfigInput"),
                object_of("SkipTurnToolConfig"),
                object_of("PlayDtmfToolConfig"),
                object_of("VoicemailDetectionToolConfig"),
                object_of("KnowledgeBaseRagToolConfig"),
                object_of("KnowledgeBaseToolConfig"),
                object_of("StartProcedureToolConfigInput"),
                object_of("EndProcedureToolConfigInput"),
                object_of("RunSubagentToolConfigInput"),
            ),
            required=True,
        ),
        Field("type_", "type", const("system")),
        Field("description", "description", STR),
        Field("response_timeout_secs", "response_timeout_secs", INT),
        Field("disable_interruptions", "disable_interruptions", BOOL),
        Field("interruption_mode", "interruption_mode", literal("ToolInterruptionMode")),
        Field("force_pre_tool_speech", "force_pre_tool_speech", BOOL),
        Field("pre_tool_speech", "pre_tool_speech", literal("PreToolSpeechMode")),
        Field("assignments", "assignments", list_of(object_of("DynamicVariableAssignment"))),
        Field("tool_call_sound", "tool_call_sound", union(literal("ToolCallSoundType"), NULL)),
        Field("tool_call_sound_behavior", "tool_call_sound_behavior", literal("ToolCallSoundBehavior")),
        Field("tool_error_handling_mode", "tool_error_handling_mode", literal("ToolErrorHandlingMode")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SystemToolConfigInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.end_call_tool_config import EndCallToolConfig
from ..models.end_procedure_tool_config_input import EndProcedureToolConfigInput
from ..models.knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig
from ..models.knowledge_base_tool_config import KnowledgeBaseToolConfig
from ..models.language_detection_tool_config import LanguageDetectionToolConfig
from ..models.play_dtmf_tool_config import PlayDtmfToolConfig
from ..models.run_subagent_tool_config_input import RunSubagentToolConfigInput
from ..models.skip_turn_tool_config import SkipTurnToolConfig
from ..models.start_procedure_tool_config_input import StartProcedureToolConfigInput
from ..models.transfer_to_agent_tool_config_input import TransferToAgentToolConfigInput
from ..models.transfer_to_number_tool_config_input import TransferToNumberToolConfigInput
from ..models.voicemail_detection_tool_config import VoicemailDetectionToolConfig
