from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
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
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ApiIntegrationWebhookToolConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ApiIntegrationWebhookToolConfigOutput(Lazy):
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

    tool_call_sound: None | str | ToolCallSoundType = _attrs_field(default=None, kw_only=True)

    dynamic_variables: DynamicVariablesConfig

    api_integration_id: str

    api_integration_connection_id: str

    api_schema_overrides: ApiIntegrationWebhookOverrides | None = None

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("ApiIntegrationWebhookToolConfigOutput", "type", "api_integration_webhook"),
    )

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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "description",
        "response_timeout_secs",
        "disable_interruptions",
        "interruption_mode",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "assignments",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "tool_error_handling_mode",
        "dynamic_variables",
        "execution_mode",
        "tool_version",
        "api_integration_id",
        "api_integration_connection_id",
        "api_schema_overrides",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "api_integration_webhook")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        api_integration_webhook_tool_config_output = cls.__new__(cls)
        api_integration_webhook_tool_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_type_(cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["api_integration_webhook"], type__raw)
    if type_ != "api_integration_webhook":
        raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", True)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", True)

_read_interruption_mode = plain_reader("interruption_mode", (str,), "a string", True)

_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", True)

_read_pre_tool_speech = plain_reader("pre_tool_speech", (str,), "a string", True)


def _read_assignments(cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    assignments_raw = d.get("assignments", MISSING)
    if assignments_raw is MISSING:
        assignments = missing_field(cls, "assignments")
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

    return assignments


_read_tool_call_sound = plain_reader(
    "tool_call_sound",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)

_read_tool_call_sound_behavior = plain_reader("tool_call_sound_behavior", (str,), "a string", True)

_read_tool_error_handling_mode = plain_reader("tool_error_handling_mode", (str,), "a string", True)


def _read_dynamic_variables(cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", MISSING)
    if dynamic_variables_raw is MISSING:
        dynamic_variables = missing_field(cls, "dynamic_variables")
    else:
        try:
            dynamic_variables = DynamicVariablesConfig.from_dict(dynamic_variables_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_read_execution_mode = plain_reader("execution_mode", (str,), "a string", True)

_read_tool_version = plain_reader("tool_version", (str,), "a string", True)

_read_api_integration_id = plain_reader("api_integration_id", (str,), "a string", True)

_read_api_integration_connection_id = plain_reader("api_integration_connection_id", (str,), "a string", True)


def _read_api_schema_overrides(cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    api_schema_overrides_raw = d.get("api_schema_overrides", MISSING)
    if api_schema_overrides_raw is MISSING:
        api_schema_overrides = missing_field(cls, "api_schema_overrides")
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

    return api_schema_overrides


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "name",
        "description",
        "response_timeout_secs",
        "disable_interruptions",
        "interruption_mode",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "assignments",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "tool_error_handling_mode",
        "dynamic_variables",
        "execution_mode",
        "tool_version",
        "api_integration_id",
        "api_integration_connection_id",
        "api_schema_overrides",
    )
)


def _read_additional_properties(
    cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ApiIntegrationWebhookToolConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", MISSING)
    if response_timeout_secs.__class__ is not int:
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    disable_interruptions = d.get("disable_interruptions", MISSING)
    if disable_interruptions.__class__ is not bool:
        disable_interruptions = _read_disable_interruptions(cls, d)

    interruption_mode = d.get("interruption_mode", MISSING)
    if interruption_mode.__class__ is not str:
        interruption_mode = _read_interruption_mode(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", MISSING)
    if force_pre_tool_speech.__class__ is not bool:
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    pre_tool_speech = d.get("pre_tool_speech", MISSING)
    if pre_tool_speech.__class__ is not str:
        pre_tool_speech = _read_pre_tool_speech(cls, d)

    if "assignments" in known:
        assignments = known["assignments"]
    else:
        assignments = _read_assignments(cls, d)

    tool_call_sound = d.get("tool_call_sound", MISSING)
    if tool_call_sound is not None and tool_call_sound.__class__ is not str:
        tool_call_sound = _read_tool_call_sound(cls, d)

    tool_call_sound_behavior = d.get("tool_call_sound_behavior", MISSING)
    if tool_call_sound_behavior.__class__ is not str:
        tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    tool_error_handling_mode = d.get("tool_error_handling_mode", MISSING)
    if tool_error_handling_mode.__class__ is not str:
        tool_error_handling_mode = _read_tool_error_handling_mode(cls, d)

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = _read_dynamic_variables(cls, d)

    execution_mode = d.get("execution_mode", MISSING)
    if execution_mode.__class__ is not str:
        execution_mode = _read_execution_mode(cls, d)

    tool_version = d.get("tool_version", MISSING)
    if tool_version.__class__ is not str:
        tool_version = _read_tool_version(cls, d)

    api_integration_id = d.get("api_integration_id", MISSING)
    if api_integration_id.__class__ is not str:
        api_integration_id = _read_api_integration_id(cls, d)

    api_integration_connection_id = d.get("api_integration_connection_id", MISSING)
    if api_integration_connection_id.__class__ is not str:
        api_integration_connection_id = _read_api_integration_connection_id(cls, d)

    if "api_schema_overrides" in known:
        api_schema_overrides = known["api_schema_overrides"]
    else:
        api_schema_overrides = d.get("api_schema_overrides", MISSING)
        if api_schema_overrides is not None:
            api_schema_overrides = _read_api_schema_overrides(cls, d)

    return {
        "type_": type_,
        "name": name,
        "description": description,
        "response_timeout_secs": response_timeout_secs,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "assignments": assignments,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "tool_error_handling_mode": tool_error_handling_mode,
        "dynamic_variables": dynamic_variables,
        "execution_mode": execution_mode,
        "tool_version": tool_version,
        "api_integration_id": api_integration_id,
        "api_integration_connection_id": api_integration_connection_id,
        "api_schema_overrides": api_schema_overrides,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ApiIntegrationWebhookToolConfigOutput, type_="type")

set_readers(
    ApiIntegrationWebhookToolConfigOutput,
    _all_fields,
    {
        "type_": _read_type_,
        "name": _read_name,
        "description": _read_description,
        "response_timeout_secs": _read_response_timeout_secs,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "assignments": _read_assignments,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "tool_error_handling_mode": _read_tool_error_handling_mode,
        "dynamic_variables": _read_dynamic_variables,
        "execution_mode": _read_execution_mode,
        "tool_version": _read_tool_version,
        "api_integration_id": _read_api_integration_id,
        "api_integration_connection_id": _read_api_integration_connection_id,
        "api_schema_overrides": _read_api_schema_overrides,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_overrides import ApiIntegrationWebhookOverrides
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
