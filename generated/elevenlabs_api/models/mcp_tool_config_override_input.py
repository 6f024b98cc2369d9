from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    PreToolSpeechMode,
    ToolCallSoundBehavior,
    ToolCallSoundType,
    ToolExecutionMode,
    ToolInterruptionMode,
    check_pre_tool_speech_mode,
    check_tool_call_sound_behavior,
    check_tool_call_sound_type,
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
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpToolConfigOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolConfigOverrideInput(Lazy):
    """Attributes:
    tool_name (str): The name of the MCP tool
    force_pre_tool_speech (bool | None | Unset): DEPRECATED: use `pre_tool_speech` instead. If set, overrides the
        server's force_pre_tool_speech setting for this tool.
    pre_tool_speech (None | PreToolSpeechMode | Unset): If set, overrides the server's pre_tool_speech setting for
        this tool.
    disable_interruptions (bool | None | Unset): DEPRECATED: use `interruption_mode` instead. If set, overrides the
        server's disable_interruptions setting for this tool.
    interruption_mode (None | ToolInterruptionMode | Unset): If set, overrides the server's interruption_mode
        setting for this tool.
    tool_call_sound (Literal['off'] | None | ToolCallSoundType | Unset): Overrides the server's tool_call_sound
        setting for this tool. A sound name plays that sound; 'off' overrides to no sound (silence); null means do not
        override (inherit the server default).
    tool_call_sound_behavior (None | ToolCallSoundBehavior | Unset): If set, overrides the server's
        tool_call_sound_behavior setting for this tool
    execution_mode (None | ToolExecutionMode | Unset): If set, overrides the server's execution_mode setting for
        this tool
    response_timeout_secs (int | None | Unset): If set, overrides the server's response timeout for this MCP tool
        (seconds).
    assignments (list[DynamicVariableAssignment] | Unset): Dynamic variable assignments for this MCP tool
    input_overrides (McpToolConfigOverrideInputInputOverridesType0 | None | Unset): Mapping of json path to input
        override configuration
    response_mocks (list[ToolResponseMockConfigInput] | None | Unset): Mock responses with optional parameter
        conditions. Evaluated top-to-bottom; first match wins.
    """

    tool_name: str

    force_pre_tool_speech: bool | None | Unset = UNSET

    pre_tool_speech: None | PreToolSpeechMode | Unset = UNSET

    disable_interruptions: bool | None | Unset = UNSET

    interruption_mode: None | ToolInterruptionMode | Unset = UNSET

    tool_call_sound: Literal["off"] | None | ToolCallSoundType | Unset = UNSET

    tool_call_sound_behavior: None | ToolCallSoundBehavior | Unset = UNSET

    execution_mode: None | ToolExecutionMode | Unset = UNSET

    response_timeout_secs: int | None | Unset = UNSET

    assignments: list[DynamicVariableAssignment] | Unset = UNSET

    input_overrides: McpToolConfigOverrideInputInputOverridesType0 | None | Unset = UNSET

    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tool_name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_name = self.tool_name

        force_pre_tool_speech: Any
        try:
            force_pre_tool_speech = self.force_pre_tool_speech

        except (AttributeError, TypeError):
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

        disable_interruptions: Any
        try:
            disable_interruptions = self.disable_interruptions

        except (AttributeError, TypeError):
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

        response_timeout_secs: Any
        try:
            response_timeout_secs = self.response_timeout_secs

        except (AttributeError, TypeError):
            response_timeout_secs = self.response_timeout_secs

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

        input_overrides: Any
        try:
            if isinstance(self.input_overrides, Unset):
                input_overrides = UNSET
            elif isinstance(self.input_overrides, McpToolConfigOverrideInputInputOverridesType0):
                input_overrides = self.input_overrides.to_dict()
            else:
                input_overrides = self.input_overrides

        except (AttributeError, TypeError):
            input_overrides = self.input_overrides

        response_mocks: Any
        try:
            if isinstance(self.response_mocks, Unset):
                response_mocks = UNSET
            elif isinstance(self.response_mocks, list):
                response_mocks = []
                for response_mocks_type_0_item_data in self.response_mocks:
                    response_mocks_type_0_item = response_mocks_type_0_item_data.to_dict()
                    response_mocks.append(response_mocks_type_0_item)

            else:
                response_mocks = self.response_mocks

        except (AttributeError, TypeError):
            response_mocks = self.response_mocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if force_pre_tool_speech is not UNSET:
            field_dict["force_pre_tool_speech"] = force_pre_tool_speech
        if pre_tool_speech is not UNSET:
            field_dict["pre_tool_speech"] = pre_tool_speech
        if disable_interruptions is not UNSET:
            field_dict["disable_interruptions"] = disable_interruptions
        if interruption_mode is not UNSET:
            field_dict["interruption_mode"] = interruption_mode
        if tool_call_sound is not UNSET:
            field_dict["tool_call_sound"] = tool_call_sound
        if tool_call_sound_behavior is not UNSET:
            field_dict["tool_call_sound_behavior"] = tool_call_sound_behavior
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if response_timeout_secs is not UNSET:
            field_dict["response_timeout_secs"] = response_timeout_secs
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if input_overrides is not UNSET:
            field_dict["input_overrides"] = input_overrides
        if response_mocks is not UNSET:
            field_dict["response_mocks"] = response_mocks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_tool_config_override_input = cls.__new__(cls)
        mcp_tool_config_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_tool_config_override_input

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


_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_force_pre_tool_speech = plain_reader(
    "force_pre_tool_speech",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_pre_tool_speech(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    pre_tool_speech_raw = d.get("pre_tool_speech", UNSET)
    try:

        def _parse_pre_tool_speech(data: object) -> None | PreToolSpeechMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            pre_tool_speech_type_0 = check_pre_tool_speech_mode(data)

            return pre_tool_speech_type_0

        pre_tool_speech = _parse_pre_tool_speech(pre_tool_speech_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        pre_tool_speech = deviating_field(cls, "pre_tool_speech", pre_tool_speech_raw)

    return pre_tool_speech


_read_disable_interruptions = plain_reader(
    "disable_interruptions",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_interruption_mode(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    interruption_mode_raw = d.get("interruption_mode", UNSET)
    try:

        def _parse_interruption_mode(data: object) -> None | ToolInterruptionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            interruption_mode_type_0 = check_tool_interruption_mode(data)

            return interruption_mode_type_0

        interruption_mode = _parse_interruption_mode(interruption_mode_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        interruption_mode = deviating_field(cls, "interruption_mode", interruption_mode_raw)

    return interruption_mode


def _read_tool_call_sound(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_raw = d.get("tool_call_sound", UNSET)
    try:

        def _parse_tool_call_sound(data: object) -> Literal["off"] | None | ToolCallSoundType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_tool_call_sound_member, data)

        def _parse_tool_call_sound_member(data: object) -> Literal["off"] | None | ToolCallSoundType | Unset:

            try:
                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                tool_call_sound_type_0 = check_tool_call_sound_type(data)

                return tool_call_sound_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            tool_call_sound_type_1 = cast(Literal["off"], data)
            if tool_call_sound_type_1 != "off":
                raise ValueError(f"tool_call_sound_type_1 must match const 'off', got '{tool_call_sound_type_1}'")
            return tool_call_sound_type_1

        tool_call_sound = _parse_tool_call_sound(tool_call_sound_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound = deviating_field(cls, "tool_call_sound", tool_call_sound_raw)

    return tool_call_sound


def _read_tool_call_sound_behavior(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    tool_call_sound_behavior_raw = d.get("tool_call_sound_behavior", UNSET)
    try:

        def _parse_tool_call_sound_behavior(data: object) -> None | ToolCallSoundBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            tool_call_sound_behavior_type_0 = check_tool_call_sound_behavior(data)

            return tool_call_sound_behavior_type_0

        tool_call_sound_behavior = _parse_tool_call_sound_behavior(tool_call_sound_behavior_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tool_call_sound_behavior = deviating_field(cls, "tool_call_sound_behavior", tool_call_sound_behavior_raw)

    return tool_call_sound_behavior


def _read_execution_mode(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    execution_mode_raw = d.get("execution_mode", UNSET)
    try:

        def _parse_execution_mode(data: object) -> None | ToolExecutionMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            execution_mode_type_0 = check_tool_execution_mode(data)

            return execution_mode_type_0

        execution_mode = _parse_execution_mode(execution_mode_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        execution_mode = deviating_field(cls, "execution_mode", execution_mode_raw)

    return execution_mode


_read_response_timeout_secs = plain_reader(
    "response_timeout_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


def _read_assignments(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
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


def _read_input_overrides(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    input_overrides_raw = d.get("input_overrides", UNSET)
    try:

        def _parse_input_overrides(data: object) -> McpToolConfigOverrideInputInputOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            input_overrides_type_0 = McpToolConfigOverrideInputInputOverridesType0.from_dict(data)

            return input_overrides_type_0

        input_overrides = _parse_input_overrides(input_overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_overrides = deviating_field(cls, "input_overrides", input_overrides_raw)

    return input_overrides


def _read_response_mocks(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> Any:
    response_mocks_raw = d.get("response_mocks", UNSET)
    try:

        def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            response_mocks_type_0 = []
            _response_mocks_type_0 = data
            for response_mocks_type_0_item_data in _response_mocks_type_0:
                response_mocks_type_0_item = ToolResponseMockConfigInput.from_dict(response_mocks_type_0_item_data)

                response_mocks_type_0.append(response_mocks_type_0_item)

            return response_mocks_type_0

        response_mocks = _parse_response_mocks(response_mocks_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        response_mocks = deviating_field(cls, "response_mocks", response_mocks_raw)

    return response_mocks


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_name",
        "force_pre_tool_speech",
        "pre_tool_speech",
        "disable_interruptions",
        "interruption_mode",
        "tool_call_sound",
        "tool_call_sound_behavior",
        "execution_mode",
        "response_timeout_secs",
        "assignments",
        "input_overrides",
        "response_mocks",
    )
)


def _read_additional_properties(cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[McpToolConfigOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    force_pre_tool_speech = d.get("force_pre_tool_speech", UNSET)
    if (
        force_pre_tool_speech.__class__ is not bool
        and force_pre_tool_speech is not None
        and force_pre_tool_speech is not UNSET
    ):
        force_pre_tool_speech = _read_force_pre_tool_speech(cls, d)

    if "pre_tool_speech" in known:
        pre_tool_speech = known["pre_tool_speech"]
    else:
        pre_tool_speech = d.get("pre_tool_speech", UNSET)
        if pre_tool_speech is not UNSET and pre_tool_speech is not None:
            pre_tool_speech = _read_pre_tool_speech(cls, d)

    disable_interruptions = d.get("disable_interruptions", UNSET)
    if (
        disable_interruptions.__class__ is not bool
        and disable_interruptions is not None
        and disable_interruptions is not UNSET
    ):
        disable_interruptions = _read_disable_interruptions(cls, d)

    if "interruption_mode" in known:
        interruption_mode = known["interruption_mode"]
    else:
        interruption_mode = d.get("interruption_mode", UNSET)
        if interruption_mode is not UNSET and interruption_mode is not None:
            interruption_mode = _read_interruption_mode(cls, d)

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
        if tool_call_sound_behavior is not UNSET and tool_call_sound_behavior is not None:
            tool_call_sound_behavior = _read_tool_call_sound_behavior(cls, d)

    if "execution_mode" in known:
        execution_mode = known["execution_mode"]
    else:
        execution_mode = d.get("execution_mode", UNSET)
        if execution_mode is not UNSET and execution_mode is not None:
            execution_mode = _read_execution_mode(cls, d)

    response_timeout_secs = d.get("response_timeout_secs", UNSET)
    if (
        response_timeout_secs.__class__ is not int
        and response_timeout_secs is not None
        and response_timeout_secs is not UNSET
    ):
        response_timeout_secs = _read_response_timeout_secs(cls, d)

    if "assignments" in known:
        assignments = known["assignments"]
    else:
        assignments = d.get("assignments", UNSET)
        if assignments is not UNSET:
            assignments = _read_assignments(cls, d)

    if "input_overrides" in known:
        input_overrides = known["input_overrides"]
    else:
        input_overrides = d.get("input_overrides", UNSET)
        if input_overrides is not UNSET and input_overrides is not None:
            input_overrides = _read_input_overrides(cls, d)

    if "response_mocks" in known:
        response_mocks = known["response_mocks"]
    else:
        response_mocks = d.get("response_mocks", UNSET)
        if response_mocks is not UNSET and response_mocks is not None:
            response_mocks = _read_response_mocks(cls, d)

    return {
        "tool_name": tool_name,
        "force_pre_tool_speech": force_pre_tool_speech,
        "pre_tool_speech": pre_tool_speech,
        "disable_interruptions": disable_interruptions,
        "interruption_mode": interruption_mode,
        "tool_call_sound": tool_call_sound,
        "tool_call_sound_behavior": tool_call_sound_behavior,
        "execution_mode": execution_mode,
        "response_timeout_secs": response_timeout_secs,
        "assignments": assignments,
        "input_overrides": input_overrides,
        "response_mocks": response_mocks,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpToolConfigOverrideInput,
    _all_fields,
    {
        "tool_name": _read_tool_name,
        "force_pre_tool_speech": _read_force_pre_tool_speech,
        "pre_tool_speech": _read_pre_tool_speech,
        "disable_interruptions": _read_disable_interruptions,
        "interruption_mode": _read_interruption_mode,
        "tool_call_sound": _read_tool_call_sound,
        "tool_call_sound_behavior": _read_tool_call_sound_behavior,
        "execution_mode": _read_execution_mode,
        "response_timeout_secs": _read_response_timeout_secs,
        "assignments": _read_assignments,
        "input_overrides": _read_input_overrides,
        "response_mocks": _read_response_mocks,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_assignment import DynamicVariableAssignment
from ..models.mcp_tool_config_override_input_input_overrides_type_0 import McpToolConfigOverrideInputInputOverridesType0
from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput
