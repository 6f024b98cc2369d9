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

T = TypeVar("T", bound="WebhookToolConfigOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebhookToolConfigOutput(Lazy):
    """A webhook tool is a tool that calls an external webhook from our server

    Example:
        {'response_timeout_secs': 20, 'type': 'webhook'}

    Attributes:
        name (str):
        description (str): Description of when the tool should be used and what it does.
        api_schema (WebhookToolApiSchemaConfigOutput):  Example: {'method': 'GET', 'path_params_schema': {'agent_id':
            {'type': 'string'}}, 'query_params_schema': {'param1': {'type': 'string'}}, 'request_body_schema': {'param1':
            {'type': 'string'}}, 'request_headers': {'Authorization': 'Bearer {api_key}'}, 'url':
            'https://example.com/agents/{agent_id}'}.
        type_ (Literal['webhook'] | Unset): The type of tool Default: 'webhook'.
        response_timeout_secs (int | Unset): The maximum time in seconds to wait for the tool call to complete. Must be
            between 5 and 300 seconds (inclusive). Defaults to 20 on the server.
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
        dynamic_variables (DynamicVariablesConfig | Unset):  Example: {'dynamic_variable_placeholders': {'user_name':
            'John Doe'}}.
        execution_mode (str | ToolExecutionMode | Unset): Determines when and how the tool executes: 'immediate'
            executes the tool right away when requested by the LLM, 'post_tool_speech' waits for the agent to finish
            speaking before executing, 'async' runs the tool in the background without blocking - best for long-running
            operations. Defaults to 'immediate' on the server.
    """

    name: str

    description: str

    api_schema: WebhookToolApiSchemaConfigOutput

    type_: Literal["webhook"] | Unset = _attrs_field(
        default="webhook",
        kw_only=True,
        alias="type",
        validator=types.tag("WebhookToolConfigOutput", "type", "webhook"),
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

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    execution_mode: str | ToolExecutionMode | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "description",
        "api_schema",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "webhook")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        description = self.description

        api_schema: Any
        try:
            api_schema = self.api_schema.to_dict()
        except (AttributeError, TypeError):
            api_schema = self.api_schema

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

        dynamic_variables: Any
        try:
            dynamic_variables = UNSET
            if not isinstance(self.dynamic_variables, Unset):
                dynamic_variables = self.dynamic_variables.to_dict()
        except (AttributeError, TypeError):
            dynamic_variables = self.dynamic_variables

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if api_schema is not None or "api_schema" not in self._missing_fields:
            field_dict["api_schema"] = api_schema
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
        if dynamic_variables is not UNSET:
            field_dict["dynamic_variables"] = dynamic_variables
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        webhook_tool_config_output = cls.__new__(cls)
        webhook_tool_config_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return webhook_tool_config_output

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


def _read_type_(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["webhook"] | Unset, type__raw)
    if type_ != "webhook" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'webhook', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)


def _read_api_schema(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    api_schema_raw = d.get("api_schema", MISSING)
    if api_schema_raw is MISSING:
        api_schema = missing_field(cls, "api_schema")
    else:
        try:
            api_schema = WebhookToolApiSchemaConfigOutput.from_dict(api_schema_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            api_schema = deviating_field(cls, "api_schema", api_schema_raw)

    return api_schema


_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)

_read_interruption_mode = plain_reader("interruption_mode", (str,), "a string", False)

_read_force_pre_tool_speech = plain_reader("force_pre_tool_speech", (bool,), "a boolean", False)

_read_pre_tool_speech = plain_reader("pre_tool_speech", (str,), "a string", False)


def _read_assignments(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
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


def _read_dynamic_variables(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any]) -> Any:
    dynamic_variables_raw = d.get("dynamic_variables", UNSET)
    try:
        _dynamic_variables = dynamic_variables_raw
        dynamic_variables: DynamicVariablesConfig | Unset
        if isinstance(_dynamic_variables, Unset):
            dynamic_variables = UNSET
        else:
            dynamic_variables = DynamicVariablesConfig.from_dict(_dynamic_variables)
    except (KeyError, TypeError, ValueError, AttributeError):
        dynamic_variables = deviating_field(cls, "dynamic_variables", dynamic_variables_raw)

    return dynamic_variables


_read_execution_mode = plain_reader("execution_mode", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "api_schema",
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
        "dynamic_variables",
        "execution_mode",
    )
)


def _read_additional_properties(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WebhookToolConfigOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    if "api_schema" in known:
        api_schema = known["api_schema"]
    else:
        api_schema = _read_api_schema(cls, d)

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

    if "dynamic_variables" in known:
        dynamic_variables = known["dynamic_variables"]
    else:
        dynamic_variables = d.get("dynamic_variables", UNSET)
        if dynamic_variables is not UNSET:
            dynamic_variables = _read_dynamic_variables(cls, d)

    execution_mode = d.get("execution_mode", UNSET)
    if execution_mode.__class__ is not str and execution_mode is not UNSET:
        execution_mode = _read_execution_mode(cls, d)

    return {
        "name": name,
        "description": description,
        "api_schema": api_schema,
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
        "dynamic_variables": dynamic_variables,
        "execution_mode": execution_mode,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WebhookToolConfigOutput, type_="type")

set_readers(
    WebhookToolConfigOutput,
    _all_fields,
    {
        "name": _read_name,
        "description": _read_description,
        "api_schema": _read_api_schema,
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
        "dynamic_variables": _read_dynamic_variables,
        "execution_mode": _read_execution_mode,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.webhook_tool_api_schema_config_output import WebhookToolApiSchemaConfigOutput
