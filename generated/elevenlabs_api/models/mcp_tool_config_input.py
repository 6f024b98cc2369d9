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
    check_integration_type,
    check_mcp_approval_policy,
    check_pre_tool_speech_mode,
    check_tool_call_sound_behavior,
    check_tool_call_sound_type,
    check_tool_error_handling_mode,
    check_tool_execution_mode,
    check_tool_interruption_mode,
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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpToolConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolConfigInput(Lazy):
    """An MCP tool configuration that can be used to call MCP servers

    Attributes:
        name (str):
        description (str): Description of when the tool should be used and what it does.
        integration_type (IntegrationType):
        mcp_tool_name (str): The name of the MCP tool to call
        mcp_tool_description (str): The description of the MCP tool to call
        mcp_server_id (str): The id of the MCP server to call
        mcp_server_name (str): The name of the MCP server to call
        type_ (Literal['mcp'] | Unset):  Default: 'mcp'.
        response_timeout_secs (int | Unset): The maximum time in seconds to wait for the MCP tool call to complete. Must
            be between 5 and 300 seconds (inclusive). Defaults to 30 on the server.
        disable_interruptions (bool | Unset): DEPRECATED: use `interruption_mode` instead. If true, the user will not be
            able to interrupt the agent while this tool is running. Defaults to False on the server.
        interruption_mode (ToolInterruptionMode | Unset):
        force_pre_tool_speech (bool | Unset): DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak
            before the tool call. Defaults to False on the server.
        pre_tool_speech (PreToolSpeechMode | Unset):
        assignments (list[DynamicVariableAssignment] | Unset): Configuration for extracting values from tool responses
            and assigning them to dynamic variables
        tool_call_sound (None | ToolCallSoundType | Unset): Predefined tool call sound type to play during tool
            execution. If not specified, no tool call sound will be played.
        tool_call_sound_behavior (ToolCallSoundBehavior | Unset): Determines how the tool call sound should be played.
        tool_error_handling_mode (ToolErrorHandlingMode | Unset): Controls how tool errors are processed before being
            shared with the agent.
        parameters (None | ObjectJsonSchemaPropertyInput | Unset): Schema for any parameters the LLM needs to provide to
            the MCP tool.
        approval_policy (McpApprovalPolicy | Unset): Defines the MCP server-level approval policy for tool execution.
        mcp_input_schema (McpToolConfigInputMcpInputSchemaType0 | None | Unset): Original inputSchema dict for
            consistent hashing
        execution_mode (ToolExecutionMode | Unset):
        input_overrides (McpToolConfigInputInputOverridesType0 | None | Unset): Input parameter overrides for this tool
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
            interruption_mode = UNSET
            if not isinstance(self.interruption_mode, Unset):
                interruption_mode = self.interruption_mode

        except (AttributeError, TypeError):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            pre_tool_speech = UNSET
            if not isinstance(self.pre_tool_speech, Unset):
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
            tool_call_sound_behavior = UNSET
            if not isinstance(self.tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: Any
        try:
            tool_error_handling_mode = UNSET
            if not isinstance(self.tool_error_handling_mode, Unset):
                tool_error_handling_mode = self.tool_error_handling_mode

        except (AttributeError, TypeError):
            tool_error_handling_mode = self.tool_error_handling_mode

        parameters: Any
        try:
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, ObjectJsonSchemaPropertyInput):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters

        except (AttributeError, TypeError):
            parameters = self.parameters

        approval_policy: Any
        try:
            approval_policy = UNSET
            if not isinstance(self.approval_policy, Unset):
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        mcp_input_schema: Any
        try:
            if isinstance(self.mcp_input_schema, Unset):
                mcp_input_schema = UNSET
            elif isinstance(self.mcp_input_schema, McpToolConfigInputMcpInputSchemaType0):
                mcp_input_schema = self.mcp_input_schema.to_dict()
            else:
                mcp_input_schema = self.mcp_input_schema

        except (AttributeError, TypeError):
            mcp_input_schema = self.mcp_input_schema

        execution_mode: Any
        try:
            execution_mode = UNSET
            if not isinstance(self.execution_mode, Unset):
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        input_overrides: Any
        try:
            if isinstance(self.input_overrides, Unset):
                input_overrides = UNSET
            elif isinstance(self.input_overrides, McpToolConfigInputInputOverridesType0):
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
        mcp_tool_config_input = cls.__new__(cls)
        mcp_tool_config_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return mcp_tool_config_input

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


def _read_type_(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["mcp"] | Unset, type__raw)
    if type_ != "mcp" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'mcp', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)


def _read_integration_type(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    integration_type_raw = d.get("integration_type", MISSING)
    if integration_type_raw is MISSING:
        integration_type = missing_field(cls, "integration_type")
    else:
        try:
            integration_type = check_integration_type(integration_type_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            integration_type = deviating_field(cls, "integration_type", integration_type_raw)

    return integration_type


_read_mcp_tool_name = plain_reader("mcp_tool_name", (str,), "a string", True)

_read_mcp_tool_description = plain_reader("mcp_tool_description", (str,), "a string", True)

_read_mcp_server_id = plain_reader("mcp_server_id", (str,), "a string", True)

_read_mcp_server_name = plain_reader("mcp_server_name", (str,), "a string", True)

_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)


def _read_interruption_mode(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    interruption_mode_raw = d.get("interruption_mode", UNSET)
    try:
        _interruption_mode = interruption_mode_raw
        interruption_mode: ToolInterruptionMode | Unset
        if isinstance(_interruption_mode, Unset):
            interruption_mode = UNSET
        else:
            interruption_mode = check_tool_interruption_mode(_interruption_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        interruption_mode = deviating_field(cls, "interruption_mode", interruption_mode_raw)

    return interruption_mode


_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", False)


def _read_pre_tool_speech(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    pre_tool_speech_raw = d.get("pre_tool_speech", UNSET)
    try:
        _pre_tool_speech = pre_tool_speech_raw
        pre_tool_speech: PreToolSpeechMode | Unset
        if isinstance(_pre_tool_speech, Unset):
            pre_tool_speech = UNSET
        else:
            pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)
    except (KeyError, TypeError, ValueError, AttributeError):
        pre_tool_speech = deviating_field(cls, "pre_tool_speech", pre_tool_speech_raw)

    return pre_tool_speech


def _read_assignments(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_tool_call_sound(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_raw = d.get("tool_call_sound", UNSET)
    try:

        def _parse_tool_call_sound(data: object) -> None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_sound_type_0 = check_tool_call_sound_type(data)

            return tool_call_sound_type_0

        tool_call_sound = _parse_tool_call_sound(tool_call_sound_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound = deviating_field(cls, "tool_call_sound", tool_call_sound_raw)

    return tool_call_sound


def _read_tool_call_sound_behavior(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_behavior_raw = d.get("tool_call_sound_behavior", UNSET)
    try:
        _tool_call_sound_behavior = tool_call_sound_behavior_raw
        tool_call_sound_behavior: ToolCallSoundBehavior | Unset
        if isinstance(_tool_call_sound_behavior, Unset):
            tool_call_sound_behavior = UNSET
        else:
            tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound_behavior = deviating_field(cls, "tool_call_sound_behavior", tool_call_sound_behavior_raw)

    return tool_call_sound_behavior


def _read_tool_error_handling_mode(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    tool_error_handling_mode_raw = d.get("tool_error_handling_mode", UNSET)
    try:
        _tool_error_handling_mode = tool_error_handling_mode_raw
        tool_error_handling_mode: ToolErrorHandlingMode | Unset
        if isinstance(_tool_error_handling_mode, Unset):
            tool_error_handling_mode = UNSET
        else:
            tool_error_handling_mode = check_tool_error_handling_mode(_tool_error_handling_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_error_handling_mode = deviating_field(cls, "tool_error_handling_mode", tool_error_handling_mode_raw)

    return tool_error_handling_mode


def _read_parameters(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", UNSET)
    try:

        def _parse_parameters(data: object) -> None | ObjectJsonSchemaPropertyInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            parameters_type_0 = ObjectJsonSchemaPropertyInput.from_dict(data)

            return parameters_type_0

        parameters = _parse_parameters(parameters_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


def _read_approval_policy(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    approval_policy_raw = d.get("approval_policy", UNSET)
    try:
        _approval_policy = approval_policy_raw
        approval_policy: McpApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_mcp_approval_policy(_approval_policy)
    except (KeyError, TypeError, ValueError, AttributeError):
        approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

    return approval_policy


def _read_mcp_input_schema(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    mcp_input_schema_raw = d.get("mcp_input_schema", UNSET)
    try:

        def _parse_mcp_input_schema(data: object) -> McpToolConfigInputMcpInputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            mcp_input_schema_type_0 = McpToolConfigInputMcpInputSchemaType0.from_dict(data)

            return mcp_input_schema_type_0

        mcp_input_schema = _parse_mcp_input_schema(mcp_input_schema_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        mcp_input_schema = deviating_field(cls, "mcp_input_schema", mcp_input_schema_raw)

    return mcp_input_schema


def _read_execution_mode(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    execution_mode_raw = d.get("execution_mode", UNSET)
    try:
        _execution_mode = execution_mode_raw
        execution_mode: ToolExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_tool_execution_mode(_execution_mode)
    except (KeyError, TypeError, ValueError, AttributeError):
        execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

    return execution_mode


def _read_input_overrides(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> Any:
    input_overrides_raw = d.get("input_overrides", UNSET)
    try:

        def _parse_input_overrides(data: object) -> McpToolConfigInputInputOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            input_overrides_type_0 = McpToolConfigInputInputOverridesType0.from_dict(data)

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


def _read_additional_properties(cls: type[McpToolConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpToolConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    if "integration_type" in known:
        integration_type = known["integration_type"]
    else:
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

    if "interruption_mode" in known:
        interruption_mode = known["interruption_mode"]
    else:
        interruption_mode = d.get("interruption_mode", UNSET)
        if interruption_mode is not UNSET:
            interruption_mode = _read_interruption_mode(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if force_pre_tool_speech.__class__ is not bool and force_pre_tool_speech is not UNSET:
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    if "pre_tool_speech" in known:
        pre_tool_speech = known["pre_tool_speech"]
    else:
        pre_tool_speech = d.get("pre_tool_speech", UNSET)
        if pre_tool_speech is not UNSET:
            pre_tool_speech = _read_pre_tool_speech(cls, d)

    if "assignments" in known:
        assignments = known["assignments"]
    else:
        assignments = d.get("assignments", UNSET)
        if assignments is not UNSET:
            assignments = _read_assignments(cls, d)

    if "tool_call_sound" in known:
        tool_call_sound = known["tool_call_sound"]
    else:
        tool_call_sound = d.get("tool_call_sound", UNSET)
        if tool_call_sound is not UNSET and tool_call_sound is not None:
            tool_call_sound = _read_tool_call_sound(cls, d)

    if "tool_call_sound_behavior" in known:
        tool_call_sound_behavior = known["tool_call_sound_behavior"]
    else:
        tool_call_sound_behavior = d.get("tool_call_sound_behavior", UNSET)
        if tool_call_sound_behavior is not UNSET:
            tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    if "tool_error_handling_mode" in known:
        tool_error_handling_mode = known["tool_error_handling_mode"]
    else:
        tool_error_handling_mode = d.get("tool_error_handling_mode", UNSET)
        if tool_error_handling_mode is not UNSET:
            tool_error_handling_mode = _read_tool_error_handling_mode(cls, d)

    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET and parameters is not None:
            parameters = _read_parameters(cls, d)

    if "approval_policy" in known:
        approval_policy = known["approval_policy"]
    else:
        approval_policy = d.get("approval_policy", UNSET)
        if approval_policy is not UNSET:
            approval_policy = _read_approval_policy(cls, d)

    if "mcp_input_schema" in known:
        mcp_input_schema = known["mcp_input_schema"]
    else:
        mcp_input_schema = d.get("mcp_input_schema", UNSET)
        if mcp_input_schema is not UNSET and mcp_input_schema is not None:
            mcp_input_schema = _read_mcp_input_schema(cls, d)

    if "execution_mode" in known:
        execution_mode = known["execution_mode"]
    else:
        execution_mode = d.get("execution_mode", UNSET)
        if execution_mode is not UNSET:
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
types.accept_former_names(McpToolConfigInput, type_="type")

set_readers(
    McpToolConfigInput,
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
from ..models.mcp_tool_config_input_input_overrides_type_0 import McpToolConfigInputInputOverridesType0
from ..models.mcp_tool_config_input_mcp_input_schema_type_0 import McpToolConfigInputMcpInputSchemaType0
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
