from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpToolConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolConfigOutput(Lazy):
    """An MCP tool configuration that can be used to call MCP servers

    Attributes:
        name (str):
        description (str): Description of when the tool should be used and what it does.
        integration_type (IntegrationType | str): The type of MCP tool
        mcp_tool_name (str): The name of the MCP tool to call
        mcp_tool_description (str): The description of the MCP tool to call
        mcp_server_id (str): The id of the MCP server to call
        mcp_server_name (str): The name of the MCP server to call
        type_ (Literal['mcp'] | Unset):  Default: 'mcp'.
        response_timeout_secs (int | Unset): The maximum time in seconds to wait for the MCP tool call to complete. Must
            be between 5 and 300 seconds (inclusive). Defaults to 30 on the server.
        disable_interruptions (bool | Unset): DEPRECATED: use `interruption_mode` instead. If true, the user will not be
            able to interrupt the agent while this tool is running. Defaults to False on the server.
        interruption_mode (str | ToolInterruptionMode | Unset): Controls whether the user can interrupt the agent around
            this tool call. 'allow' (default) lets the user interrupt at any time, 'disable_during_tool' suppresses
            interruptions only while the tool is running, 'disable_during_tool_and_turn' suppresses interruptions while the
            tool runs and for the agent response that follows it. Defaults to 'allow' on the server.
        force_pre_tool_speech (bool | Unset): DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak
            before the tool call. Defaults to False on the server.
        pre_tool_speech (PreToolSpeechMode | str | Unset): Controls whether the agent speaks before this tool is called.
            'auto' (default) decides based on recent tool latency, 'force' always asks the agent to speak, 'off' fully opts
            out regardless of latency. Defaults to 'auto' on the server.
        assignments (list[DynamicVariableAssignment] | Unset): Configuration for extracting values from tool responses
            and assigning them to dynamic variables
        tool_call_sound (None | str | ToolCallSoundType | Unset): Predefined tool call sound type to play during tool
            execution. If not specified, no tool call sound will be played.
        tool_call_sound_behavior (str | ToolCallSoundBehavior | Unset): Determines when the tool call sound should play.
            'auto' only plays when there's pre-tool speech, 'always' plays for every tool call. Defaults to 'auto' on the
            server.
        tool_error_handling_mode (str | ToolErrorHandlingMode | Unset): Controls how tool errors are processed before
            being shared with the agent. 'auto' determines handling based on tool type (summarized for native integrations,
            hide for others), 'summarized' sends an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does
            not share the error with the agent. Defaults to 'auto' on the server.
        parameters (None | ObjectJsonSchemaPropertyOutput | Unset): Schema for any parameters the LLM needs to provide
            to the MCP tool.
        approval_policy (McpApprovalPolicy | str | Unset): The approval policy for the MCP tool Defaults to
            'require_approval_all' on the server.
        mcp_input_schema (McpToolConfigOutputMcpInputSchemaType0 | None | Unset): Original inputSchema dict for
            consistent hashing
        execution_mode (str | ToolExecutionMode | Unset): Determines when and how the tool executes: 'immediate'
            executes the tool right away when requested by the LLM, 'post_tool_speech' waits for the agent to finish
            speaking before executing, 'async' runs the tool in the background without blocking - best for long-running
            operations. Defaults to 'immediate' on the server.
        input_overrides (McpToolConfigOutputInputOverridesType0 | None | Unset): Input parameter overrides for this tool
    """

    name: str

    description: str

    integration_type: IntegrationType | str

    mcp_tool_name: str

    mcp_tool_description: str

    mcp_server_id: str

    mcp_server_name: str

    type_: Literal["mcp"] | Unset = _attrs_field(
        default="mcp",
        kw_only=True,
        alias="type",
        validator=types.tag("McpToolConfigOutput", "type", "mcp"),
    )

    response_timeout_secs: int | Unset = UNSET

    disable_interruptions: bool | Unset = UNSET

    interruption_mode: str | ToolInterruptionMode | Unset = UNSET

    force_pre_tool_speech: bool | Unset = UNSET

    pre_tool_speech: PreToolSpeechMode | str | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    tool_call_sound: None | str | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: str | ToolCallSoundBehavior | Unset = UNSET

    tool_error_handling_mode: str | ToolErrorHandlingMode | Unset = UNSET

    parameters: None | ObjectJsonSchemaPropertyOutput | Unset = UNSET

    approval_policy: McpApprovalPolicy | str | Unset = UNSET

    mcp_input_schema: McpToolConfigOutputMcpInputSchemaType0 | None | Unset = UNSET

    execution_mode: str | ToolExecutionMode | Unset = UNSET

    input_overrides: McpToolConfigOutputInputOverridesType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "description",
        "integration_type",
        "mcp_tool_name",
        "mcp_tool_description",
        "mcp_server_id",
        "mcp_server_name",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "mcp")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        description = self.description

        integration_type: Any
        try:
            if isinstance(self.integration_type, str):
                integration_type = self.integration_type
            else:
                integration_type = self.integration_type

        except (AttributeError, TypeError):
            integration_type = self.integration_type

        mcp_tool_name = self.mcp_tool_name

        mcp_tool_description = self.mcp_tool_description

        mcp_server_id = self.mcp_server_id

        mcp_server_name = self.mcp_server_name

        type_ = self.type_

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: Any
        try:
            if isinstance(self.interruption_mode, Unset):
                interruption_mode = UNSET
            elif isinstance(self.interruption_mode, str):
                interruption_mode = self.interruption_mode
            else:
                interruption_mode = self.interruption_mode

        except (AttributeError, TypeError):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            if isinstance(self.pre_tool_speech, Unset):
                pre_tool_speech = UNSET
            elif isinstance(self.pre_tool_speech, str):
                pre_tool_speech = self.pre_tool_speech
            else:
                pre_tool_speech = self.pre_tool_speech

        except (AttributeError, TypeError):
            pre_tool_speech = self.pre_tool_speech

        assignments: Any
        try:
            assignments = UNSET
            if not isinstance(self.assignments, Unset):
                assignments = []
                for assignments_item_data in self.assignments:
                    assignments_item = assignments_item_data.to_dict()
                    assignments.append(assignments_item)

        except (AttributeError, TypeError):
            assignments = self.assignments

        tool_call_sound: Any
        try:
            if isinstance(self.tool_call_sound, Unset):
                tool_call_sound = UNSET
            elif isinstance(self.tool_call_sound, str):
                tool_call_sound = self.tool_call_sound
            else:
                tool_call_sound = self.tool_call_sound

        except (AttributeError, TypeError):
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: Any
        try:
            if isinstance(self.tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = UNSET
            elif isinstance(self.tool_call_sound_behavior, str):
                tool_call_sound_behavior = self.tool_call_sound_behavior
            else:
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: Any
        try:
            if isinstance(self.tool_error_handling_mode, Unset):
                tool_error_handling_mode = UNSET
            elif isinstance(self.tool_error_handling_mode, str):
                tool_error_handling_mode = self.tool_error_handling_mode
            else:
                tool_error_handling_mode = self.tool_error_handling_mode

        except (AttributeError, TypeError):
            tool_error_handling_mode = self.tool_error_handling_mode

        parameters: Any
        try:
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, ObjectJsonSchemaPropertyOutput):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters

        except (AttributeError, TypeError):
            parameters = self.parameters

        approval_policy: Any
        try:
            if isinstance(self.approval_policy, Unset):
                approval_policy = UNSET
            elif isinstance(self.approval_policy, str):
                approval_policy = self.approval_policy
            else:
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        mcp_input_schema: Any
        try:
            if isinstance(self.mcp_input_schema, Unset):
                mcp_input_schema = UNSET
            elif isinstance(self.mcp_input_schema, McpToolConfigOutputMcpInputSchemaType0):
                mcp_input_schema = self.mcp_input_schema.to_dict()
            else:
                mcp_input_schema = self.mcp_input_schema

        except (AttributeError, TypeError):
            mcp_input_schema = self.mcp_input_schema

        execution_mode: Any
        try:
            if isinstance(self.execution_mode, Unset):
                execution_mode = UNSET
            elif isinstance(self.execution_mode, str):
                execution_mode = self.execution_mode
            else:
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        input_overrides: Any
        try:
            if isinstance(self.input_overrides, Unset):
                input_overrides = UNSET
            elif isinstance(self.input_overrides, McpToolConfigOutputInputOverridesType0):
                input_overrides = self.input_overrides.to_dict()
            else:
                input_overrides = self.input_overrides

        except (AttributeError, TypeError):
            input_overrides = self.input_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if integration_type is not None or "integration_type" not in self._missing_fields:
            field_dict["integration_type"] = integration_type
        if mcp_tool_name is not None or "mcp_tool_name" not in self._missing_fields:
            field_dict["mcp_tool_name"] = mcp_tool_name
        if mcp_tool_description is not None or "mcp_tool_description" not in self._missing_fields:
            field_dict["mcp_tool_description"] = mcp_tool_description
        if mcp_server_id is not None or "mcp_server_id" not in self._missing_fields:
            field_dict["mcp_server_id"] = mcp_server_id
        if mcp_server_name is not None or "mcp_server_name" not in self._missing_fields:
            field_dict["mcp_server_name"] = mcp_server_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if tool_error_handling_mode is not UNSET:
            field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        if mcp_input_schema is not UNSET:
            field_dict["mcp_input_schema"] = mcp_input_schema
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if input_overrides is not UNSET:
            field_dict["input_overrides"] = input_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_tool_config_output = cls.__new__(cls)
        mcp_tool_config_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return mcp_tool_config_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_type_(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["mcp"] | Unset, type__raw)
    if type_ != "mcp" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'mcp', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_integration_type = plain_reader("integration_type", (str,), "a string", True)

_read_mcp_tool_name = plain_reader("mcp_tool_name", (str,), "a string", True)

_read_mcp_tool_description = plain_reader("mcp_tool_description", (str,), "a string", True)

_read_mcp_server_id = plain_reader("mcp_server_id", (str,), "a string", True)

_read_mcp_server_name = plain_reader("mcp_server_name", (str,), "a string", True)

_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)

_read_interruption_mode = plain_reader("interruption_mode", (str,), "a string", False)

_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", False)

_read_pre_tool_speech = plain_reader("pre_tool_speech", (str,), "a string", False)


def _read_assignments(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> Any:
    assignments_raw = d.get("assignments", UNSET)
    try:
        expect_array("assignments", assignments_raw)
        _assignments = assignments_raw
        assignments: list[DynamicVariableAssignment] | Unset = UNSET
        if _assignments is not UNSET:
            assignments = []
            for assignments_item_data in _assignments:
                assignments_item = DynamicVariableAssignment.from_dict(assignments_item_data)

                assignments.append(assignments_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        assignments = deviating_field(cls, "assignments", assignments_raw)

    return assignments


_read_tool_call_sound = plain_reader(
    "tool_call_sound",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_tool_call_sound_behavior = plain_reader("tool_call_sound_behavior", (str,), "a string", False)

_read_tool_error_handling_mode = plain_reader("tool_error_handling_mode", (str,), "a string", False)


def _read_parameters(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", UNSET)
    try:

        def _parse_parameters(data: object) -> None | ObjectJsonSchemaPropertyOutput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            parameters_type_0 = ObjectJsonSchemaPropertyOutput.from_dict(data)

            return parameters_type_0

        parameters = _parse_parameters(parameters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


_read_approval_policy = plain_reader("approval_policy", (str,), "a string", False)


def _read_mcp_input_schema(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> Any:
    mcp_input_schema_raw = d.get("mcp_input_schema", UNSET)
    try:

        def _parse_mcp_input_schema(data: object) -> McpToolConfigOutputMcpInputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            mcp_input_schema_type_0 = McpToolConfigOutputMcpInputSchemaType0.from_dict(data)

            return mcp_input_schema_type_0

        mcp_input_schema = _parse_mcp_input_schema(mcp_input_schema_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        mcp_input_schema = deviating_field(cls, "mcp_input_schema", mcp_input_schema_raw)

    return mcp_input_schema


_read_execution_mode = plain_reader("execution_mode", (str,), "a string", False)


def _read_input_overrides(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> Any:
    input_overrides_raw = d.get("input_overrides", UNSET)
    try:

        def _parse_input_overrides(data: object) -> McpToolConfigOutputInputOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            input_overrides_type_0 = McpToolConfigOutputInputOverridesType0.from_dict(data)

            return input_overrides_type_0

        input_overrides = _parse_input_overrides(input_overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_overrides = deviating_field(cls, "input_overrides", input_overrides_raw)

    return input_overrides


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "integration_type",
        "mcp_tool_name",
        "mcp_tool_description",
        "mcp_server_id",
        "mcp_server_name",
        "type",
        "response_timeout_secs",
        "disable_interruptions",
        "interruption_mode",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "assignments",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "tool_error_handling_mode",
        "parameters",
        "approval_policy",
        "mcp_input_schema",
        "execution_mode",
        "input_overrides",
    )
)


def _read_additional_properties(cls: type[McpToolConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpToolConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    integration_type = d.get("integration_type", MISSING)
    if integration_type.__class__ is not str:
        integration_type = _read_integration_type(cls, d)

    mcp_tool_name = d.get("mcp_tool_name", MISSING)
    if mcp_tool_name.__class__ is not str:
        mcp_tool_name = _read_mcp_tool_name(cls, d)

    mcp_tool_description = d.get("mcp_tool_description", MISSING)
    if mcp_tool_description.__class__ is not str:
        mcp_tool_description = _read_mcp_tool_description(cls, d)

    mcp_server_id = d.get("mcp_server_id", MISSING)
    if mcp_server_id.__class__ is not str:
        mcp_server_id = _read_mcp_server_id(cls, d)

    mcp_server_name = d.get("mcp_server_name", MISSING)
    if mcp_server_name.__class__ is not str:
        mcp_server_name = _read_mcp_server_name(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", UNSET)
    if response_timeout_secs.__class__ is not int and response_timeout_secs is not UNSET:
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    disable_interruptions = d.get("disable_interruptions", UNSET)
    if disable_interruptions.__class__ is not bool and disable_interruptions is not UNSET:
        disable_interruptions = _read_disable_interruptions(cls, d)

    interruption_mode = d.get("interruption_mode", UNSET)
    if interruption_mode.__class__ is not str and interruption_mode is not UNSET:
        interruption_mode = _read_interruption_mode(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if force_pre_tool_speech.__class__ is not bool and force_pre_tool_speech is not UNSET:
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    pre_tool_speech = d.get("pre_tool_speech", UNSET)
    if pre_tool_speech.__class__ is not str and pre_tool_speech is not UNSET:
        pre_tool_speech = _read_pre_tool_speech(cls, d)

    if "assignments" in known:
        assignments = known["assignments"]
    else:
        assignments = d.get("assignments", UNSET)
        if assignments is not UNSET:
            assignments = _read_assignments(cls, d)

    tool_call_sound = d.get("tool_call_sound", UNSET)
    if tool_call_sound is not None and tool_call_sound.__class__ is not str and tool_call_sound is not UNSET:
        tool_call_sound = _read_tool_call_sound(cls, d)

    tool_call_sound_behavior = d.get("tool_call_sound_behavior", UNSET)
    if tool_call_sound_behavior.__class__ is not str and tool_call_sound_behavior is not UNSET:
        tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    tool_error_handling_mode = d.get("tool_error_handling_mode", UNSET)
    if tool_error_handling_mode.__class__ is not str and tool_error_handling_mode is not UNSET:
        tool_error_handling_mode = _read_tool_error_handling_mode(cls, d)

    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET and parameters is not None:
            parameters = _read_parameters(cls, d)

    approval_policy = d.get("approval_policy", UNSET)
    if approval_policy.__class__ is not str and approval_policy is not UNSET:
        approval_policy = _read_approval_policy(cls, d)

    if "mcp_input_schema" in known:
        mcp_input_schema = known["mcp_input_schema"]
    else:
        mcp_input_schema = d.get("mcp_input_schema", UNSET)
        if mcp_input_schema is not UNSET and mcp_input_schema is not None:
            mcp_input_schema = _read_mcp_input_schema(cls, d)

    execution_mode = d.get("execution_mode", UNSET)
    if execution_mode.__class__ is not str and execution_mode is not UNSET:
        execution_mode = _read_execution_mode(cls, d)

    if "input_overrides" in known:
        input_overrides = known["input_overrides"]
    else:
        input_overrides = d.get("input_overrides", UNSET)
        if input_overrides is not UNSET and input_overrides is not None:
            input_overrides = _read_input_overrides(cls, d)

    return {
        "name": name,
        "description": description,
        "integration_type": integration_type,
        "mcp_tool_name": mcp_tool_name,
        "mcp_tool_description": mcp_tool_description,
        "mcp_server_id": mcp_server_id,
        "mcp_server_name": mcp_server_name,
        "type_": type_,
        "response_timeout_secs": response_timeout_secs,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "assignments": assignments,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "tool_error_handling_mode": tool_error_handling_mode,
        "parameters": parameters,
        "approval_policy": approval_policy,
        "mcp_input_schema": mcp_input_schema,
        "execution_mode": execution_mode,
        "input_overrides": input_overrides,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(McpToolConfigOutput, type_="type")

set_readers(
    McpToolConfigOutput,
    _all_fields,
    {
        "name": _read_name,
        "description": _read_description,
        "integration_type": _read_integration_type,
        "mcp_tool_name": _read_mcp_tool_name,
        "mcp_tool_description": _read_mcp_tool_description,
        "mcp_server_id": _read_mcp_server_id,
        "mcp_server_name": _read_mcp_server_name,
        "type_": _read_type_,
        "response_timeout_secs": _read_response_timeout_secs,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "assignments": _read_assignments,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "tool_error_handling_mode": _read_tool_error_handling_mode,
        "parameters": _read_parameters,
        "approval_policy": _read_approval_policy,
        "mcp_input_schema": _read_mcp_input_schema,
        "execution_mode": _read_execution_mode,
        "input_overrides": _read_input_overrides,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.mcp_tool_config_output_input_overrides_type_0 import McpToolConfigOutputInputOverridesType0
from ..models.mcp_tool_config_output_mcp_input_schema_type_0 import McpToolConfigOutputMcpInputSchemaType0
from ..models.object_json_schema_property_output import ObjectJsonSchemaPropertyOutput
