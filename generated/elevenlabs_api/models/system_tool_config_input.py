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
    ToolInterruptionMode,
    check_pre_tool_speech_mode,
    check_tool_call_sound_behavior,
    check_tool_call_sound_type,
    check_tool_error_handling_mode,
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
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SystemToolConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SystemToolConfigInput(Lazy):
    """A system tool is a tool that is used to call a system method in the server

    Attributes:
        name (str):
        params (EndCallToolConfig | EndProcedureToolConfigInput | KnowledgeBaseRagToolConfig | KnowledgeBaseToolConfig |
            LanguageDetectionToolConfig | PlayDtmfToolConfig | RunSubagentToolConfigInput | SkipTurnToolConfig |
            StartProcedureToolConfigInput | TransferToAgentToolConfigInput | TransferToNumberToolConfigInput |
            VoicemailDetectionToolConfig):
        type_ (Literal['system'] | Unset): The type of tool Default: 'system'.
        description (str | Unset): Description of when the tool should be used and what it does. Leave empty to use the
            default description that's optimized for the specific tool type. Defaults to empty on the server.
        response_timeout_secs (int | Unset): The maximum time in seconds to wait for the tool call to complete. Defaults
            to 20 on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "params",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "system")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        params: Any
        try:
            if (
                isinstance(self.params, EndCallToolConfig)
                or isinstance(self.params, LanguageDetectionToolConfig)
                or isinstance(self.params, TransferToAgentToolConfigInput)
                or isinstance(self.params, TransferToNumberToolConfigInput)
                or isinstance(self.params, SkipTurnToolConfig)
                or isinstance(self.params, PlayDtmfToolConfig)
                or isinstance(self.params, VoicemailDetectionToolConfig)
                or isinstance(self.params, KnowledgeBaseRagToolConfig)
                or isinstance(self.params, KnowledgeBaseToolConfig)
                or isinstance(self.params, StartProcedureToolConfigInput)
                or isinstance(self.params, EndProcedureToolConfigInput)
                or isinstance(self.params, RunSubagentToolConfigInput)
            ):
                params = self.params.to_dict()
            else:
                params = self.params

        except (AttributeError, TypeError):
            params = self.params

        type_ = self.type_

        description = self.description

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if params is not None or "params" not in self._missing_fields:
            field_dict["params"] = params
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        system_tool_config_input = cls.__new__(cls)
        system_tool_config_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return system_tool_config_input

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


def _read_type_(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["system"] | Unset, type__raw)
    if type_ != "system" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'system', got '{type_}'")

    return type_


_read_name = plain_reader("name", (str,), "a string", True)


def _read_params(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
    params_raw = d.get("params", MISSING)
    if params_raw is MISSING:
        params = missing_field(cls, "params")
    else:
        try:

            def _parse_params(
                data: object,
            ) -> (
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
            ):
                return parse_strictly(_parse_params_member, data)

            def _parse_params_member(
                data: object,
            ) -> (
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
            ):
                if isinstance(data, dict):
                    for known in (
                        EndCallToolConfig,
                        LanguageDetectionToolConfig,
                        TransferToAgentToolConfigInput,
                        TransferToNumberToolConfigInput,
                        SkipTurnToolConfig,
                        PlayDtmfToolConfig,
                        VoicemailDetectionToolConfig,
                        KnowledgeBaseRagToolConfig,
                        KnowledgeBaseToolConfig,
                        StartProcedureToolConfigInput,
                        EndProcedureToolConfigInput,
                        RunSubagentToolConfigInput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_0 = EndCallToolConfig.from_dict(data)

                    return params_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_1 = LanguageDetectionToolConfig.from_dict(data)

                    return params_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_2 = TransferToAgentToolConfigInput.from_dict(data)

                    return params_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_3 = TransferToNumberToolConfigInput.from_dict(data)

                    return params_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_4 = SkipTurnToolConfig.from_dict(data)

                    return params_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_5 = PlayDtmfToolConfig.from_dict(data)

                    return params_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_6 = VoicemailDetectionToolConfig.from_dict(data)

                    return params_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_7 = KnowledgeBaseRagToolConfig.from_dict(data)

                    return params_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_8 = KnowledgeBaseToolConfig.from_dict(data)

                    return params_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_9 = StartProcedureToolConfigInput.from_dict(data)

                    return params_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    params_type_10 = EndProcedureToolConfigInput.from_dict(data)

                    return params_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                params_type_11 = RunSubagentToolConfigInput.from_dict(data)

                return params_type_11

            params = _parse_params(params_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            params = deviating_field(cls, "params", params_raw)

    return params


_read_description = plain_reader("description", (str,), "a string", False)

_read_response_timeout_secs = plain_reader("response_timeout_secs", (int,), "an integer", False)

_read_disable_interruptions = plain_reader("disable_interruptions", (bool,), "a boolean", False)


def _read_interruption_mode(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_pre_tool_speech(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_assignments(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_tool_call_sound(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_tool_call_sound_behavior(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


def _read_tool_error_handling_mode(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> Any:
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


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "params",
        "type",
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
    )
)


def _read_additional_properties(cls: type[SystemToolConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SystemToolConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    if "params" in known:
        params = known["params"]
    else:
        params = _read_params(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not UNSET:
        description = _read_description(cls, d)

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

    return {
        "name": name,
        "params": params,
        "type_": type_,
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
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(SystemToolConfigInput, type_="type")

set_readers(
    SystemToolConfigInput,
    _all_fields,
    {
        "name": _read_name,
        "params": _read_params,
        "type_": _read_type_,
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
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


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
