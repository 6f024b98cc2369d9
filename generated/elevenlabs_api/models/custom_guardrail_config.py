from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    CustomGuardrailConfigModelType0,
    GuardrailExecutionMode,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CustomGuardrailConfig(Lazy, AdditionalProperties[Any]):
    """Single custom guardrail configuration

    Attributes:
        name: User-facing name for this guardrail
        prompt: Instruction describing what to block, e.g. 'don't talk about politics'
        is_enabled: Defaults to False on the server.
        execution_mode: Defaults to 'streaming' on the server.
        model: LLM model to use for custom guardrail evaluation Defaults to 'gemini-3.1-flash-lite' on the server.
        history_message_count: How much recent history the guardrail sees before the reply it evaluates, counted in user
            messages (the agent replies between them are included too). The guardrail always gets a single
            <conversation_history> transcript ending in the evaluated reply, marked 'AGENT [current reply]:'. 0 (default)
            adds no prior history (just that line); 1 adds the latest user message onward. Defaults to 0 on the server.
        history_include_tool_calls: When enabled, the history also renders the agent's tool calls, their input
            arguments, and the tool results, interleaved with the text, so an action between two agent messages is visible.
            Off by default: history shows only user and agent text. Tool payloads can be large and can mislead smaller
            evaluator models, so enabling this raises token cost. Defaults to False on the server.
        evaluate_full_response_only: Evaluate once against the complete non-TTS response instead of cumulative partials.
            Requires blocking mode. Defaults to False on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("prompt", "prompt", STR, required=True),
        Field("is_enabled", "is_enabled", BOOL),
        Field("execution_mode", "execution_mode", union(literal("GuardrailExecutionMode"), STR)),
        Field("model", "model", union(literal("CustomGuardrailConfigModelType0"), STR)),
        Field("history_message_count", "history_message_count", INT),
        Field("history_include_tool_calls", "history_include_tool_calls", BOOL),
        Field(
            "trigger_action",
            "trigger_action",
            union(object_of("EndCallTriggerAction"), object_of("RetryTriggerAction"), object_of("UnknownVariant")),
        ),
        Field("evaluate_full_response_only", "evaluate_full_response_only", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.end_call_trigger_action import EndCallTriggerAction
from ..models.retry_trigger_action import RetryTriggerAction
from ..models.unknown_variant import UnknownVariant
