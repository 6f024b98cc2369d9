from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CustomGuardrailConfigModelType0,
    GuardrailExecutionMode,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CustomGuardrailConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CustomGuardrailConfig(Lazy):
    """Single custom guardrail configuration

    Attributes:
        name (str): User-facing name for this guardrail
        prompt (str): Instruction describing what to block, e.g. 'don't talk about politics'
        is_enabled (bool | Unset): Defaults to False on the server.
        execution_mode (GuardrailExecutionMode | str | Unset): Defaults to 'streaming' on the server.
        model (CustomGuardrailConfigModelType0 | str | Unset): LLM model to use for custom guardrail evaluation Defaults
            to 'gemini-3.1-flash-lite' on the server.
        history_message_count (int | Unset): How much recent history the guardrail sees before the reply it evaluates,
            counted in user messages (the agent replies between them are included too). The guardrail always gets a single
            <conversation_history> transcript ending in the evaluated reply, marked 'AGENT [current reply]:'. 0 (default)
            adds no prior history (just that line); 1 adds the latest user message onward. Defaults to 0 on the server.
        history_include_tool_calls (bool | Unset): When enabled, the history also renders the agent's tool calls, their
            input arguments, and the tool results, interleaved with the text, so an action between two agent messages is
            visible. Off by default: history shows only user and agent text. Tool payloads can be large and can mislead
            smaller evaluator models, so enabling this raises token cost. Defaults to False on the server.
        trigger_action (EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset):
        evaluate_full_response_only (bool | Unset): Evaluate once against the complete non-TTS response instead of
            cumulative partials. Requires blocking mode. Defaults to False on the server.
    """

    name: str

    prompt: str

    is_enabled: bool | Unset = UNSET

    execution_mode: GuardrailExecutionMode | str | Unset = UNSET

    model: CustomGuardrailConfigModelType0 | str | Unset = UNSET

    history_message_count: int | Unset = UNSET

    history_include_tool_calls: bool | Unset = UNSET

    trigger_action: EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset = UNSET

    evaluate_full_response_only: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "prompt",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        prompt = self.prompt

        is_enabled = self.is_enabled

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

        model: Any
        try:
            if isinstance(self.model, Unset):
                model = UNSET
            elif isinstance(self.model, str):
                model = self.model
            else:
                model = self.model

        except (AttributeError, TypeError):
            model = self.model

        history_message_count = self.history_message_count

        history_include_tool_calls = self.history_include_tool_calls

        trigger_action: Any
        try:
            if isinstance(self.trigger_action, Unset):
                trigger_action = UNSET
            elif (
                isinstance(self.trigger_action, EndCallTriggerAction)
                or isinstance(self.trigger_action, RetryTriggerAction)
                or isinstance(self.trigger_action, UnknownVariant)
            ):
                trigger_action = self.trigger_action.to_dict()
            else:
                trigger_action = self.trigger_action

        except (AttributeError, TypeError):
            trigger_action = self.trigger_action

        evaluate_full_response_only = self.evaluate_full_response_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if prompt is not None or "prompt" not in self._missing_fields:
            field_dict["prompt"] = prompt
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if model is not UNSET:
            field_dict["model"] = model
        if history_message_count is not UNSET:
            field_dict["history_message_count"] = history_message_count
        if history_include_tool_calls is not UNSET:
            field_dict["history_include_tool_calls"] = history_include_tool_calls
        if trigger_action is not UNSET:
            field_dict["trigger_action"] = trigger_action
        if evaluate_full_response_only is not UNSET:
            field_dict["evaluate_full_response_only"] = evaluate_full_response_only
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        custom_guardrail_config = cls.__new__(cls)
        custom_guardrail_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return custom_guardrail_config

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


_read_name = plain_reader("name", (str,), "a string", True)

_read_prompt = plain_reader("prompt", (str,), "a string", True)

_read_is_enabled = plain_reader("is_enabled", (bool,), "a boolean", False)

_read_execution_mode = plain_reader("execution_mode", (str,), "a string", False)

_read_model = plain_reader("model", (str,), "a string", False)

_read_history_message_count = plain_reader("history_message_count", (int,), "an integer", False)

_read_history_include_tool_calls = plain_reader("history_include_tool_calls", (bool,), "a boolean", False)


def _read_trigger_action(cls: type[CustomGuardrailConfig], d: Mapping[str, Any]) -> Any:
    trigger_action_raw = d.get("trigger_action", UNSET)
    try:

        def _parse_trigger_action(data: object) -> EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset:
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_trigger_action_member, data)

        def _parse_trigger_action_member(
            data: object,
        ) -> EndCallTriggerAction | RetryTriggerAction | UnknownVariant | Unset:
            if isinstance(data, dict):
                for known in (
                    EndCallTriggerAction,
                    RetryTriggerAction,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                trigger_action_type_0 = EndCallTriggerAction.from_dict(data)

                return trigger_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                trigger_action_type_1 = RetryTriggerAction.from_dict(data)

                return trigger_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            trigger_action_type_2 = UnknownVariant.from_dict(data)

            return trigger_action_type_2

        trigger_action = _parse_trigger_action(trigger_action_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        trigger_action = deviating_field(cls, "trigger_action", trigger_action_raw)

    return trigger_action


_read_evaluate_full_response_only = plain_reader("evaluate_full_response_only", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "prompt",
        "is_enabled",
        "execution_mode",
        "model",
        "history_message_count",
        "history_include_tool_calls",
        "trigger_action",
        "evaluate_full_response_only",
    )
)


def _read_additional_properties(cls: type[CustomGuardrailConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[CustomGuardrailConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    prompt = d.get("prompt", MISSING)
    if prompt.__class__ is not str:
        prompt = _read_prompt(cls, d)

    is_enabled = d.get("is_enabled", UNSET)
    if is_enabled.__class__ is not bool and is_enabled is not UNSET:
        is_enabled = _read_is_enabled(cls, d)

    execution_mode = d.get("execution_mode", UNSET)
    if execution_mode.__class__ is not str and execution_mode is not UNSET:
        execution_mode = _read_execution_mode(cls, d)

    model = d.get("model", UNSET)
    if model.__class__ is not str and model is not UNSET:
        model = _read_model(cls, d)

    history_message_count = d.get("history_message_count", UNSET)
    if history_message_count.__class__ is not int and history_message_count is not UNSET:
        history_message_count = _read_history_message_count(cls, d)

    history_include_tool_calls = d.get("history_include_tool_calls", UNSET)
    if history_include_tool_calls.__class__ is not bool and history_include_tool_calls is not UNSET:
        history_include_tool_calls = _read_history_include_tool_calls(cls, d)

    if "trigger_action" in known:
        trigger_action = known["trigger_action"]
    else:
        trigger_action = d.get("trigger_action", UNSET)
        if trigger_action is not UNSET:
            trigger_action = _read_trigger_action(cls, d)

    evaluate_full_response_only = d.get("evaluate_full_response_only", UNSET)
    if evaluate_full_response_only.__class__ is not bool and evaluate_full_response_only is not UNSET:
        evaluate_full_response_only = _read_evaluate_full_response_only(cls, d)

    return {
        "name": name,
        "prompt": prompt,
        "is_enabled": is_enabled,
        "execution_mode": execution_mode,
        "model": model,
        "history_message_count": history_message_count,
        "history_include_tool_calls": history_include_tool_calls,
        "trigger_action": trigger_action,
        "evaluate_full_response_only": evaluate_full_response_only,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CustomGuardrailConfig,
    _all_fields,
    {
        "name": _read_name,
        "prompt": _read_prompt,
        "is_enabled": _read_is_enabled,
        "execution_mode": _read_execution_mode,
        "model": _read_model,
        "history_message_count": _read_history_message_count,
        "history_include_tool_calls": _read_history_include_tool_calls,
        "trigger_action": _read_trigger_action,
        "evaluate_full_response_only": _read_evaluate_full_response_only,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.end_call_trigger_action import EndCallTriggerAction
from ..models.retry_trigger_action import RetryTriggerAction
from ..models.unknown_variant import UnknownVariant
