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
from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "api_integration_webhook")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        response_timeout_secs = self.response_timeout_secs

        disable_interruptions = self.disable_interruptions

        interruption_mode: Any
        try:
            if isinstance(self.interruption_mode, str):
                interruption_mode = self.interruption_mode
            else:
                interruption_mode = self.interruption_mode

        except (AttributeError, TypeError):
            interruption_mode = self.interruption_mode

        force_pre_tool_speech = self.force_pre_tool_speech

        pre_tool_speech: Any
        try:
            if isinstance(self.pre_tool_speech, str):
                pre_tool_speech = self.pre_tool_speech
            else:
                pre_tool_speech = self.pre_tool_speech

        except (AttributeError, TypeError):
            pre_tool_speech = self.pre_tool_speech

        assignments: Any
        try:
            assignments = []
            for assignments_item_data in self.assignments:
                assignments_item = assignments_item_data.to_dict()
                assignments.append(assignments_item)

        except (AttributeError, TypeError):
            assignments = self.assignments

        tool_call_sound: Any
        try:
            if isinstance(self.tool_call_sound, str):
                tool_call_sound = self.tool_call_sound
            else:
                tool_call_sound = self.tool_call_sound

        except (AttributeError, TypeError):
            tool_call_sound = self.tool_call_sound

        tool_call_sound_behavior: Any
        try:
            if isinstance(self.tool_call_sound_behavior, str):
                tool_call_sound_behavior = self.tool_call_sound_behavior
            else:
                tool_call_sound_behavior = self.tool_call_sound_behavior

        except (AttributeError, TypeError):
            tool_call_sound_behavior = self.tool_call_sound_behavior

        tool_error_handling_mode: Any
        try:
            if isinstance(self.tool_error_handling_mode, str):
                tool_error_handling_mode = self.tool_error_handling_mode
            else:
                tool_error_handling_mode = self.tool_error_handling_mode

        except (AttributeError, TypeError):
            tool_error_handling_mode = self.tool_error_handling_mode

        dynamic_variables: Any
        try:
            dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

        execution_mode: Any
        try:
            if isinstance(self.execution_mode, str):
                execution_mode = self.execution_mode
            else:
                execution_mode = self.execution_mode

        except (AttributeError, TypeError):
            execution_mode = self.execution_mode

        tool_version = self.tool_version

        api_integration_id = self.api_integration_id

        api_integration_connection_id = self.api_integration_connection_id

        api_schema_overrides: Any
        try:
            if isinstance(self.api_schema_overrides, ApiIntegrationWebhookOverrides):
                api_schema_overrides = self.api_schema_overrides.to_dict()
            else:
                api_schema_overrides = self.api_schema_overrides

        except (AttributeError, TypeError):
            api_schema_overrides = self.api_schema_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if response_timeout_secs is not None or "response_timeout_secs" not in self._missing_fields:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if disable_interruptions is not None or "disable_interruptions" not in self._missing_fields:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not None or "interruption_mode" not in self._missing_fields:
            field_dict["interruption_mode"] = interruption_mode
        if force_pre_tool_speech is not None or "force_pre_tool_speech" not in self._missing_fields:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not None or "pre_tool_speech" not in self._missing_fields:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if assignments is not None or "assignments" not in self._missing_fields:
            field_dict["assignments"] = assignments
        if tool_call_sound is not None or "tool_call_sound" not in self._missing_fields:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not None or "tool_call_sound_behavior" not in self._missing_fields:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if tool_error_handling_mode is not None or "tool_error_handling_mode" not in self._missing_fields:
            field_dict["tool_error_handling_mode"] = tool_error_handling_mode
        if dynamic_variables is not None or "dynamic_variables" not in self._missing_fields:
            field_dict["dynamic_variables"] = dynamic_variables
        if execution_mode is not None or "execution_mode" not in self._missing_fields:
            field_dict["execution_mode"] = execution_mode
        if tool_version is not None or "tool_version" not in self._missing_fields:
            field_dict["tool_version"] = tool_version
        if api_integration_id is not None or "api_integration_id" not in self._missing_fields:
            field_dict["api_integration_id"] = api_integration_id
        if api_integration_connection_id is not None or "api_integration_connection_id" not in self._missing_fields:
            field_dict["api_integration_connection_id"] = api_integration_connection_id
        if api_schema_overrides is not None or "api_schema_overrides" not in self._missing_fields:
            field_dict["api_schema_overrides"] = api_schema_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["api_integration_webhook"], type__raw)
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

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

        response_timeout_secs = d.pop("response_timeout_secs", MISSING)
        if response_timeout_secs.__class__ is not int:
            if response_timeout_secs is MISSING:
                response_timeout_secs = missing_field(cls, "response_timeout_secs")
                _missing += ("response_timeout_secs",)
            else:
                response_timeout_secs = unexpected_type(
                    cls, "response_timeout_secs", response_timeout_secs, "an integer"
                )

        disable_interruptions = d.pop("disable_interruptions", MISSING)
        if disable_interruptions.__class__ is not bool:
            if disable_interruptions is MISSING:
                disable_interruptions = missing_field(cls, "disable_interruptions")
                _missing += ("disable_interruptions",)
            else:
                disable_interruptions = unexpected_type(
                    cls, "disable_interruptions", disable_interruptions, "a boolean"
                )

        interruption_mode = d.pop("interruption_mode", MISSING)
        if interruption_mode.__class__ is not str:
            if interruption_mode is MISSING:
                interruption_mode = missing_field(cls, "interruption_mode")
                _missing += ("interruption_mode",)
            else:
                interruption_mode = unexpected_type(cls, "interruption_mode", interruption_mode, "a string")

        force_pre_tool_speech = d.pop("force_pre_tool_speech", MISSING)
        if force_pre_tool_speech.__class__ is not bool:
            if force_pre_tool_speech is MISSING:
                force_pre_tool_speech = missing_field(cls, "force_pre_tool_speech")
                _missing += ("force_pre_tool_speech",)
            else:
                force_pre_tool_speech = unexpected_type(
                    cls, "force_pre_tool_speech", force_pre_tool_speech, "a boolean"
                )

        pre_tool_speech = d.pop("pre_tool_speech", MISSING)
        if pre_tool_speech.__class__ is not str:
            if pre_tool_speech is MISSING:
                pre_tool_speech = missing_field(cls, "pre_tool_speech")
                _missing += ("pre_tool_speech",)
            else:
                pre_tool_speech = unexpected_type(cls, "pre_tool_speech", pre_tool_speech, "a string")

        assignments_raw = d.pop("assignments", MISSING)
        if assignments_raw is MISSING:
            assignments = missing_field(cls, "assignments")
            _missing += ("assignments",)
        else:
            try:
                expect_array("assignments", assignments_raw)
                assignments = []
                _assignments = assignments_raw
                for assignments_item_data in _assignments:
                    assignments_item = DynamicVariableAssignment.from_dict(assignments_item_data)

                    assignments.append(assignments_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                assignments = deviating_field(cls, "assignments", assignments_raw)

        tool_call_sound = d.pop("tool_call_sound", MISSING)
        if tool_call_sound is not None and tool_call_sound.__class__ is not str:
            if tool_call_sound is MISSING:
                tool_call_sound = missing_field(cls, "tool_call_sound")
                _missing += ("tool_call_sound",)
            else:
                tool_call_sound = unexpected_type(cls, "tool_call_sound", tool_call_sound, "null or a string")

        tool_call_sound_behavior = d.pop("tool_call_sound_behavior", MISSING)
        if tool_call_sound_behavior.__class__ is not str:
            if tool_call_sound_behavior is MISSING:
                tool_call_sound_behavior = missing_field(cls, "tool_call_sound_behavior")
                _missing += ("tool_call_sound_behavior",)
            else:
                tool_call_sound_behavior = unexpected_type(
                    cls, "tool_call_sound_behavior", tool_call_sound_behavior, "a string"
                )

        tool_error_handling_mode = d.pop("tool_error_handling_mode", MISSING)
        if tool_error_handling_mode.__class__ is not str:
            if tool_error_handling_mode is MISSING:
                tool_error_handling_mode = missing_field(cls, "tool_error_handling_mode")
                _missing += ("tool_error_handling_mode",)
            else:
                tool_error_handling_mode = unexpected_type(
                    cls, "tool_error_handling_mode", tool_error_handling_mode, "a string"
                )

        dynamic_variables_raw = d.pop("dynamic_variables", MISSING)
        if dynamic_variables_raw is MISSING:
            dynamic_variables = missing_field(cls, "dynamic_variables")
            _missing += ("dynamic_variables",)
        else:
            try:
                dynamic_variables = DynamicVariablesConfig.from_dict(dynamic_variables_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

        execution_mode = d.pop("execution_mode", MISSING)
        if execution_mode.__class__ is not str:
            if execution_mode is MISSING:
                execution_mode = missing_field(cls, "execution_mode")
                _missing += ("execution_mode",)
            else:
                execution_mode = unexpected_type(cls, "execution_mode", execution_mode, "a string")

        tool_version = d.pop("tool_version", MISSING)
        if tool_version.__class__ is not str:
            if tool_version is MISSING:
                tool_version = missing_field(cls, "tool_version")
                _missing += ("tool_version",)
            else:
                tool_version = unexpected_type(cls, "tool_version", tool_version, "a string")

        api_integration_id = d.pop("api_integration_id", MISSING)
        if api_integration_id.__class__ is not str:
            if api_integration_id is MISSING:
                api_integration_id = missing_field(cls, "api_integration_id")
                _missing += ("api_integration_id",)
            else:
                api_integration_id = unexpected_type(cls, "api_integration_id", api_integration_id, "a string")

        api_integration_connection_id = d.pop("api_integration_connection_id", MISSING)
        if api_integration_connection_id.__class__ is not str:
            if api_integration_connection_id is MISSING:
                api_integration_connection_id = missing_field(cls, "api_integration_connection_id")
                _missing += ("api_integration_connection_id",)
            else:
                api_integration_connection_id = unexpected_type(
                    cls, "api_integration_connection_id", api_integration_connection_id, "a string"
                )

        api_schema_overrides_raw = d.pop("api_schema_overrides", MISSING)
        if api_schema_overrides_raw is MISSING:
            api_schema_overrides = missing_field(cls, "api_schema_overrides")
            _missing += ("api_schema_overrides",)
        else:
            try:

                def _parse_api_schema_overrides(data: object) -> ApiIntegrationWebhookOverrides | None:
                    if data is None:
                        return data

                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    api_schema_overrides_type_0 = ApiIntegrationWebhookOverrides.from_dict(data)

                    return api_schema_overrides_type_0

                api_schema_overrides = _parse_api_schema_overrides(api_schema_overrides_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                api_schema_overrides = deviating_field(cls, "api_schema_overrides", api_schema_overrides_raw)

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
        if _missing:
            api_integration_webhook_tool_config_output._missing_fields = _missing
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
