from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_tool_speech_mode import PreToolSpeechMode
from ..models.tool_call_sound_behavior import ToolCallSoundBehavior
from ..models.tool_call_sound_type import ToolCallSoundType
from ..models.tool_error_handling_mode import ToolErrorHandlingMode
from ..models.tool_execution_mode import ToolExecutionMode
from ..models.tool_interruption_mode import ToolInterruptionMode

T = TypeVar("T", bound="ApiIntegrationWebhookToolConfigOutput")


@_attrs_define
class ApiIntegrationWebhookToolConfigOutput:
    """Attributes:
    type_ (Literal['api_integration_webhook']):  Default: 'api_integration_webhook'.
    name (str):
    description (str): Description of when the tool should be used and what it does.
    response_timeout_secs (int): The maximum time in seconds to wait for the tool call to complete. Must be between
        5 and 300 seconds (inclusive). Default: 20.
    disable_interruptions (bool): DEPRECATED: use `interruption_mode` instead. If true, the user will not be able to
        interrupt the agent while this tool is running. Default: False.
    interruption_mode (str | ToolInterruptionMode): Controls whether the user can interrupt the agent around this
        tool call. 'allow' (default) lets the user interrupt at any time, 'disable_during_tool' suppresses interruptions
        only while the tool is running, 'disable_during_tool_and_turn' suppresses interruptions while the tool runs and
        for the agent response that follows it. Default: 'allow'.
    force_pre_tool_speech (bool): DEPRECATED: use `pre_tool_speech` instead. If true, the agent will speak before
        the tool call. Default: False.
    pre_tool_speech (PreToolSpeechMode | str): Controls whether the agent speaks before this tool is called. 'auto'
        (default) decides based on recent tool latency, 'force' always asks the agent to speak, 'off' fully opts out
        regardless of latency. Default: 'auto'.
    assignments (list[DynamicVariableAssignment]): Configuration for extracting values from tool responses and
        assigning them to dynamic variables
    tool_call_sound (None | str | ToolCallSoundType): Predefined tool call sound type to play during tool execution.
        If not specified, no tool call sound will be played.
    tool_call_sound_behavior (str | ToolCallSoundBehavior): Determines when the tool call sound should play. 'auto'
        only plays when there's pre-tool speech, 'always' plays for every tool call. Default: 'auto'.
    tool_error_handling_mode (str | ToolErrorHandlingMode): Controls how tool errors are processed before being
        shared with the agent. 'auto' determines handling based on tool type (summarized for native integrations, hide
        for others), 'summarized' sends an LLM-generated summary, 'passthrough' sends the raw error, 'hide' does not
        share the error with the agent. Default: 'auto'.
    dynamic_variables (DynamicVariablesConfig):  Example: {'dynamic_variable_placeholders': {'user_name': 'John
        Doe'}}.
    execution_mode (str | ToolExecutionMode): Determines when and how the tool executes: 'immediate' executes the
        tool right away when requested by the LLM, 'post_tool_speech' waits for the agent to finish speaking before
        executing, 'async' runs the tool in the background without blocking - best for long-running operations. Default:
        'immediate'.
    tool_version (str): The version of the API integration tool Default: '1.0.0'.
    api_integration_id (str):
    api_integration_connection_id (str):
    api_schema_overrides (ApiIntegrationWebhookOverrides | None): User overrides applied on top of the base
        api_schema
    """

    name: str

    description: str

    assignments: list[DynamicVariableAssignment]

    tool_call_sound: None | str | ToolCallSoundType

    dynamic_variables: DynamicVariablesConfig

    api_integration_id: str

    api_integration_connection_id: str

    api_schema_overrides: ApiIntegrationWebhookOverrides | None

    type_: Literal["api_integration_webhook"] = "api_integration_webhook"

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
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "api_integration_webhook")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: str
        if isinstance(self.interruption_mode, str):
            interruption_mode = self.interruption_mode
        else:
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: str
        if isinstance(self.pre_tool_speech, str):
            pre_tool_speech = self.pre_tool_speech
        else:
            pre_tool_speech = self.pre_tool_speech

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        tool_call_sound: None | str
        if isinstance(self.tool_call_sound, str):
            tool_call_sound = self.tool_call_sound
        else:
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: str
        if isinstance(self.tool_call_sound_behavior, str):
            tool_call_sound_behavior = self.tool_call_sound_behavior
        else:
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: str
        if isinstance(self.tool_error_handling_mode, str):
            tool_error_handling_mode = self.tool_error_handling_mode
        else:
            tool_error_handling_mode = self.tool_error_handling_mode

        dynamic_variables = self.dynamic_variables.to_dict()

        execution_mode: str
        if isinstance(self.execution_mode, str):
            execution_mode = self.execution_mode
        else:
            execution_mode = self.execution_mode

        tool_version = self.tool_version

        api_integration_id = self.api_integration_id

        api_integration_connection_id = self.api_integration_connection_id

        api_schema_overrides: dict[str, Any] | None
        if isinstance(self.api_schema_overrides, ApiIntegrationWebhookOverrides):
            api_schema_overrides = self.api_schema_overrides.to_dict()
        else:
            api_schema_overrides = self.api_schema_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["name"] = name
        field_dict["description"] = description
        field_dict["response_timeout_secs"] = response_timeout_secs
        field_dict["disable_interruptions"] = disable_interruptions
        field_dict["interruption_mode"] = interruption_mode
        field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        field_dict["pre_tool_speech"] = pre_tool_speech
        field_dict["assignments"] = assignments
        field_dict["tool_call_sound"] = tool_call_sound
        field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        field_dict["dynamic_variables"] = dynamic_variables
        field_dict["execution_mode"] = execution_mode
        field_dict["tool_version"] = tool_version
        field_dict["api_integration_id"] = api_integration_id
        field_dict["api_integration_connection_id"] = api_integration_connection_id
        field_dict["api_schema_overrides"] = api_schema_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["api_integration_webhook"], d.pop("type"))
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description")

        response_timeout_secs = d.pop("response_timeout_secs")

        disable_interruptions = d.pop("disable_interruptions")

        interruption_mode = d.pop("interruption_mode")

        force_pre_tool_speech = d.pop("force_pre_tool_speech")

        pre_tool_speech = d.pop("pre_tool_speech")

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = DynamicVariableAssignment.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        tool_call_sound = d.pop("tool_call_sound")

        tool_call_sound_behavior = d.pop("tool_call_sound_behavior")

        tool_error_handling_mode = d.pop("tool_error_handling_mode")

        dynamic_variables = DynamicVariablesConfig.from_dict(d.pop("dynamic_variables"))

        execution_mode = d.pop("execution_mode")

        tool_version = d.pop("tool_version")

        api_integration_id = d.pop("api_integration_id")

        api_integration_connection_id = d.pop("api_integration_connection_id")

        def _parse_api_schema_overrides(data: object) -> ApiIntegrationWebhookOverrides | None:
            if data is None:
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            api_schema_overrides_type_0 = ApiIntegrationWebhookOverrides.from_dict(data)

            return api_schema_overrides_type_0

        api_schema_overrides = _parse_api_schema_overrides(d.pop("api_schema_overrides"))

        api_integration_webhook_tool_config_output = cls(
            type_=type_,
            name=name,
            description=description,
            response_timeout_secs=response_timeout_secs,
            disable_interruptions=disable_interruptions,
            interruption_mode=interruption_mode,
            force_pre_tool_speech=force_pre_tool_speech,
            pre_tool_speech=pre_tool_speech,
            assignments=assignments,
            tool_call_sound=tool_call_sound,
            tool_call_sound_behavior=tool_call_sound_behavior,
            tool_error_handling_mode=tool_error_handling_mode,
            dynamic_variables=dynamic_variables,
            execution_mode=execution_mode,
            tool_version=tool_version,
            api_integration_id=api_integration_id,
            api_integration_connection_id=api_integration_connection_id,
            api_schema_overrides=api_schema_overrides,
        )
        api_integration_webhook_tool_config_output.additional_properties = d
        return api_integration_webhook_tool_config_output

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
from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
