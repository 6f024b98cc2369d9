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
    ToolInterruptionMode,
)
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AgentTransferInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    delay_ms: Defaults to 0 on the server.
    enable_transferred_agent_first_message: Defaults to False on the server.
    is_workflow_node_transfer: Defaults to False on the server.
    preserve_client_tts_overrides: Defines whether TTS client overrides should be carried over to the transferred
        agent. Defaults to False on the server.
    """

    condition: str

    agent_id: None | str | Unset = UNSET

    node_id: None | str | Unset = UNSET

    delay_ms: int | Unset = UNSET

    transfer_message: None | str | Unset = UNSET

    enable_transferred_agent_first_message: bool | Unset = UNSET

    is_workflow_node_transfer: bool | Unset = UNSET

    preserve_client_tts_overrides: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("condition", "condition", STR, required=True),
        Field("agent_id", "agent_id", union(STR, NULL)),
        Field("node_id", "node_id", union(STR, NULL)),
        Field("delay_ms", "delay_ms", INT),
        Field("transfer_message", "transfer_message", union(STR, NULL)),
        Field("enable_transferred_agent_first_message", "enable_transferred_agent_first_message", BOOL),
        Field("is_workflow_node_transfer", "is_workflow_node_transfer", BOOL),
        Field("preserve_client_tts_overrides", "preserve_client_tts_overrides", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class EndProcedureToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'end_procedure'.
    """

    system_tool_type: Literal["end_procedure"] | Unset = _attrs_field(
        default="end_procedure",
        kw_only=True,
        validator=types.tag("EndProcedureToolConfigInput", "system_tool_type", "end_procedure"),
    )

    procedures: EndProcedureToolConfigInputProcedures | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("end_procedure")),
        Field("procedures", "procedures", object_of("EndProcedureToolConfigInputProcedures")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class EndProcedureToolConfigInputProcedures(Lazy, AdditionalProperties["ProcedureAtVersionInput"]):
    additional_properties: dict[str, ProcedureAtVersionInput] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("ProcedureAtVersionInput"))),
    )


@_attrs_define(slots=False)
class RunSubagentToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'run_subagent'.
    """

    agents: list[SubAgentInput]

    system_tool_type: Literal["run_subagent"] | Unset = _attrs_field(
        default="run_subagent",
        kw_only=True,
        validator=types.tag("RunSubagentToolConfigInput", "system_tool_type", "run_subagent"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agents", "agents", list_of(object_of("SubAgentInput")), required=True),
        Field("system_tool_type", "system_tool_type", const("run_subagent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class StartProcedureToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'start_procedure'.
    """

    system_tool_type: Literal["start_procedure"] | Unset = _attrs_field(
        default="start_procedure",
        kw_only=True,
        validator=types.tag("StartProcedureToolConfigInput", "system_tool_type", "start_procedure"),
    )

    procedures: StartProcedureToolConfigInputProcedures | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("start_procedure")),
        Field("procedures", "procedures", object_of("StartProcedureToolConfigInputProcedures")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class StartProcedureToolConfigInputProcedures(Lazy, AdditionalProperties["ProcedureAtVersionInput"]):
    additional_properties: dict[str, ProcedureAtVersionInput] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("ProcedureAtVersionInput"))),
    )


@_attrs_define(slots=False)
class SubAgentInput(Lazy, AdditionalProperties[Any]):
    agent_id: str

    description: str

    branch_id: None | str | Unset = UNSET

    parameters: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("parameters", "parameters", union(object_of("ObjectJsonSchemaPropertyInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TransferToAgentToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'transfer_to_agent'.
    """

    transfers: list[AgentTransferInput]

    system_tool_type: Literal["transfer_to_agent"] | Unset = _attrs_field(
        default="transfer_to_agent",
        kw_only=True,
        validator=types.tag("TransferToAgentToolConfigInput", "system_tool_type", "transfer_to_agent"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfers", "transfers", list_of(object_of("AgentTransferInput")), required=True),
        Field("system_tool_type", "system_tool_type", const("transfer_to_agent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TransferToNumberToolConfigInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'transfer_to_number'.
    enable_client_message: Whether to play a message to the client while they wait for transfer. Defaults to true
        for backward compatibility. Defaults to True on the server.
    """

    transfers: list[PhoneNumberTransfer]

    system_tool_type: Literal["transfer_to_number"] | Unset = _attrs_field(
        default="transfer_to_number",
        kw_only=True,
        validator=types.tag("TransferToNumberToolConfigInput", "system_tool_type", "transfer_to_number"),
    )

    enable_client_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("transfers", "transfers", list_of(object_of("PhoneNumberTransfer")), required=True),
        Field("system_tool_type", "system_tool_type", const("transfer_to_number")),
        Field("enable_client_message", "enable_client_message", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.end_call_tool_config import EndCallToolConfig
from ..models.knowledge_base_rag_tool_config import KnowledgeBaseRagToolConfig
from ..models.knowledge_base_tool_config import KnowledgeBaseToolConfig
from ..models.language_detection_tool_config import LanguageDetectionToolConfig
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
from ..models.phone_number_transfer import PhoneNumberTransfer
from ..models.play_dtmf_tool_config import PlayDtmfToolConfig
from ..models.procedure_at_version_input import ProcedureAtVersionInput
from ..models.skip_turn_tool_config import SkipTurnToolConfig
from ..models.voicemail_detection_tool_config import VoicemailDetectionToolConfig
