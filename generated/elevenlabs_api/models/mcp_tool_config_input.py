from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_type import IntegrationType, check_integration_type
from ..models.mcp_approval_policy import MCPApprovalPolicy, check_mcp_approval_policy
from ..models.pre_tool_speech_mode import PreToolSpeechMode, check_pre_tool_speech_mode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior, check_tool_call_sound_behavior
from ..models.tool_call_sound_type import ToolCallSoundType, check_tool_call_sound_type
from ..models.tool_error_handling_mode import ToolErrorHandlingMode, check_tool_error_handling_mode
from ..models.tool_execution_mode import ToolExecutionMode, check_tool_execution_mode
from ..models.tool_interruption_mode import ToolInterruptionMode, check_tool_interruption_mode
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="MCPToolConfigInput")


@_attrs_define
class MCPToolConfigInput:
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
            be between 5 and 300 seconds (inclusive). Default: 30.
        disable_interruptions (bool | Unset): DEPRECATED: use `interruption_mode` instead. If true, the user will not be
            able to interrupt the agent while this tool is running. Default: False.
        interruption_mode (ToolInterruptionMode | Unset):
        force_pre_tool_speech (bool | Unset): DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak
            before the tool call. Default: False.
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
        approval_policy (MCPApprovalPolicy | Unset): Defines the MCP server-level approval policy for tool execution.
        mcp_input_schema (MCPToolConfigInputMcpInputSchemaType0 | None | Unset): Original inputSchema dict for
            consistent hashing
        execution_mode (ToolExecutionMode | Unset):
        input_overrides (MCPToolConfigInputInputOverridesType0 | None | Unset): Input parameter overrides for this tool
    """

    name: str

    description: str

    integration_type: IntegrationType

    mcp_tool_name: str

    mcp_tool_description: str

    mcp_server_id: str

    mcp_server_name: str

    type_: Literal["mcp"] | Unset = "mcp"

    response_timeout_secs: int | Unset = 30

    disable_interruptions: bool | Unset = False

    interruption_mode: ToolInterruptionMode | Unset = UNSET

    force_pre_tool_speech: bool | Unset = False

    pre_tool_speech: PreToolSpeechMode | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    tool_call_sound: None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: ToolCallSoundBehavior | Unset = UNSET

    tool_error_handling_mode: ToolErrorHandlingMode | Unset = UNSET

    parameters: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    approval_policy: MCPApprovalPolicy | Unset = UNSET

    mcp_input_schema: MCPToolConfigInputMcpInputSchemaType0 | None | Unset = UNSET

    execution_mode: ToolExecutionMode | Unset = UNSET

    input_overrides: MCPToolConfigInputInputOverridesType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "mcp")

    def to_dict(self) -> dict[str, Any]:
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
            elif isinstance(self.mcp_input_schema, MCPToolConfigInputMcpInputSchemaType0):
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
            elif isinstance(self.input_overrides, MCPToolConfigInputInputOverridesType0):
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["mcp"] | Unset, type__raw)
        if type_ != "mcp" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        integration_type_raw = d.pop("integration_type", MISSING)
        if integration_type_raw is MISSING:
            integration_type = missing_field(cls, "integration_type")
            _missing += ("integration_type",)
        else:
            try:
                integration_type = check_integration_type(integration_type_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                integration_type = deviating_field(cls, "integration_type", integration_type_raw)

        mcp_tool_name = d.pop("mcp_tool_name", MISSING)
        if mcp_tool_name.__class__ is not str:
            if mcp_tool_name is MISSING:
                mcp_tool_name = missing_field(cls, "mcp_tool_name")
                _missing += ("mcp_tool_name",)
            else:
                mcp_tool_name = unexpected_type(cls, "mcp_tool_name", mcp_tool_name, "a string")

        mcp_tool_description = d.pop("mcp_tool_description", MISSING)
        if mcp_tool_description.__class__ is not str:
            if mcp_tool_description is MISSING:
                mcp_tool_description = missing_field(cls, "mcp_tool_description")
                _missing += ("mcp_tool_description",)
            else:
                mcp_tool_description = unexpected_type(cls, "mcp_tool_description", mcp_tool_description, "a string")

        mcp_server_id = d.pop("mcp_server_id", MISSING)
        if mcp_server_id.__class__ is not str:
            if mcp_server_id is MISSING:
                mcp_server_id = missing_field(cls, "mcp_server_id")
                _missing += ("mcp_server_id",)
            else:
                mcp_server_id = unexpected_type(cls, "mcp_server_id", mcp_server_id, "a string")

        mcp_server_name = d.pop("mcp_server_name", MISSING)
        if mcp_server_name.__class__ is not str:
            if mcp_server_name is MISSING:
                mcp_server_name = missing_field(cls, "mcp_server_name")
                _missing += ("mcp_server_name",)
            else:
                mcp_server_name = unexpected_type(cls, "mcp_server_name", mcp_server_name, "a string")

        response_timeout_secs = d.pop("response_timeout_secs", UNSET)
        if response_timeout_secs.__class__ is not int and response_timeout_secs is not UNSET:
            response_timeout_secs = unexpected_type(cls, "response_timeout_secs", response_timeout_secs, "an integer")

        disable_interruptions = d.pop("disable_interruptions", UNSET)
        if disable_interruptions.__class__ is not bool and disable_interruptions is not UNSET:
            disable_interruptions = unexpected_type(cls, "disable_interruptions", disable_interruptions, "a boolean")

        interruption_mode_raw = d.pop("interruption_mode", UNSET)
        try:
            _interruption_mode = interruption_mode_raw
            interruption_mode: ToolInterruptionMode | Unset
            if isinstance(_interruption_mode, Unset):
                interruption_mode = UNSET
            else:
                interruption_mode = check_tool_interruption_mode(_interruption_mode)
        except (KeyError, TypeError, ValueError, AttributeError):
            interruption_mode = deviating_field(cls, "interruption_mode", interruption_mode_raw)

        force_pre_tool_speech = d.pop("force_pre_tool_speech", UNSET)
        if force_pre_tool_speech.__class__ is not bool and force_pre_tool_speech is not UNSET:
            force_pre_tool_speech = unexpected_type(cls, "force_pre_tool_speech", force_pre_tool_speech, "a boolean")

        pre_tool_speech_raw = d.pop("pre_tool_speech", UNSET)
        try:
            _pre_tool_speech = pre_tool_speech_raw
            pre_tool_speech: PreToolSpeechMode | Unset
            if isinstance(_pre_tool_speech, Unset):
                pre_tool_speech = UNSET
            else:
                pre_tool_speech = check_pre_tool_speech_mode(_pre_tool_speech)
        except (KeyError, TypeError, ValueError, AttributeError):
            pre_tool_speech = deviating_field(cls, "pre_tool_speech", pre_tool_speech_raw)

        assignments_raw = d.pop("assignments", UNSET)
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

        tool_call_sound_raw = d.pop("tool_call_sound", UNSET)
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

        tool_call_sound_behavior_raw = d.pop("tool_call_sound_behavior", UNSET)
        try:
            _tool_call_sound_behavior = tool_call_sound_behavior_raw
            tool_call_sound_behavior: ToolCallSoundBehavior | Unset
            if isinstance(_tool_call_sound_behavior, Unset):
                tool_call_sound_behavior = UNSET
            else:
                tool_call_sound_behavior = check_tool_call_sound_behavior(_tool_call_sound_behavior)
        except (KeyError, TypeError, ValueError, AttributeError):
            tool_call_sound_behavior = deviating_field(cls, "tool_call_sound_behavior", tool_call_sound_behavior_raw)

        tool_error_handling_mode_raw = d.pop("tool_error_handling_mode", UNSET)
        try:
            _tool_error_handling_mode = tool_error_handling_mode_raw
            tool_error_handling_mode: ToolErrorHandlingMode | Unset
            if isinstance(_tool_error_handling_mode, Unset):
                tool_error_handling_mode = UNSET
            else:
                tool_error_handling_mode = check_tool_error_handling_mode(_tool_error_handling_mode)
        except (KeyError, TypeError, ValueError, AttributeError):
            tool_error_handling_mode = deviating_field(cls, "tool_error_handling_mode", tool_error_handling_mode_raw)

        parameters_raw = d.pop("parameters", UNSET)
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

        approval_policy_raw = d.pop("approval_policy", UNSET)
        try:
            _approval_policy = approval_policy_raw
            approval_policy: MCPApprovalPolicy | Unset
            if isinstance(_approval_policy, Unset):
                approval_policy = UNSET
            else:
                approval_policy = check_mcp_approval_policy(_approval_policy)
        except (KeyError, TypeError, ValueError, AttributeError):
            approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

        mcp_input_schema_raw = d.pop("mcp_input_schema", UNSET)
        try:

            def _parse_mcp_input_schema(data: object) -> MCPToolConfigInputMcpInputSchemaType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                mcp_input_schema_type_0 = MCPToolConfigInputMcpInputSchemaType0.from_dict(data)

                return mcp_input_schema_type_0

            mcp_input_schema = _parse_mcp_input_schema(mcp_input_schema_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            mcp_input_schema = deviating_field(cls, "mcp_input_schema", mcp_input_schema_raw)

        execution_mode_raw = d.pop("execution_mode", UNSET)
        try:
            _execution_mode = execution_mode_raw
            execution_mode: ToolExecutionMode | Unset
            if isinstance(_execution_mode, Unset):
                execution_mode = UNSET
            else:
                execution_mode = check_tool_execution_mode(_execution_mode)
        except (KeyError, TypeError, ValueError, AttributeError):
            execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

        input_overrides_raw = d.pop("input_overrides", UNSET)
        try:

            def _parse_input_overrides(data: object) -> MCPToolConfigInputInputOverridesType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                input_overrides_type_0 = MCPToolConfigInputInputOverridesType0.from_dict(data)

                return input_overrides_type_0

            input_overrides = _parse_input_overrides(input_overrides_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_overrides = deviating_field(cls, "input_overrides", input_overrides_raw)

        mcp_tool_config_input = cls(
            name=name,
            description=description,
            integration_type=integration_type,
            mcp_tool_name=mcp_tool_name,
            mcp_tool_description=mcp_tool_description,
            mcp_server_id=mcp_server_id,
            mcp_server_name=mcp_server_name,
            type_=type_,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            assignments=assignments,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            tool_error_handling_mode=tool_error_handling_mode,
            parameters=parameters,
            approval_policy=approval_policy,
            mcp_input_schema=mcp_input_schema,
            execution_mode=execution_mode,
            input_overrides=input_overrides,
        )
        if _missing:
            mcp_tool_config_input._missing_fields = _missing
        mcp_tool_config_input.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.mcp_tool_config_input_input_overrides_type_0 import MCPToolConfigInputInputOverridesType0
from ..models.mcp_tool_config_input_mcp_input_schema_type_0 import MCPToolConfigInputMcpInputSchemaType0
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
