from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SpellingPatience, TurnEagerness, TurnMode, TurnModel
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TurnConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message':
        False}, 'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_model': 'turn_v3', 'turn_timeout': 7.0}

    Attributes:
        turn_timeout: Maximum wait time for the user's reply before re-engaging the user
        initial_wait_time: How long the agent will wait for the user to start the conversation if the first message is
            empty. If not set, uses the regular turn_timeout.
        silence_end_call_timeout: Maximum wait time since the user last spoke before terminating the call
        mode: The mode of turn detection
        turn_eagerness: Controls how eager the agent is to respond. Low = less eager (waits longer), Standard = default
            eagerness, High = more eager (responds sooner)
        spelling_patience: Controls if the agent should be more patient when user is spelling numbers and named
            entities. Auto = model based, Off = never wait extra
        speculative_turn: When enabled, starts generating LLM responses during silence before full turn confidence is
            reached, reducing perceived latency. May increase LLM costs.
        retranscribe_on_turn_timeout: When enabled, if VAD detects no speech, attempts to re-transcribe accumulated
            audio at turn timeout. Disables silence discount billing for affected turns.
        turn_model: Version of the turn detection model to use.
        interruption_ignore_terms: List of terms that should not trigger an interruption when spoken by the user (e.g.
            'gotcha', 'understood'). Uses case-insensitive exact matching.
        interruption_ignore_term_languages: Language codes for which preset ignore-term categories have been activated.
            Stored explicitly so display is not inferred from term overlap.
        merge_with_default_ignore_terms: When enabled, the curated default terms for interruption_ignore_term_languages
            are used in addition to interruption_ignore_terms.
        transcribe_on_disabled_interruptions: When interruptions are disabled, still transcribe what the user says so it
            can carry into the next turn. When off, user speech during a non-interruptible turn is ignored and won't trigger
            a turn.
        soft_timeout_config: Configuration for soft timeout functionality. Provides immediate feedback during longer LLM
            responses.
    """

    turn_timeout: float | None | Unset = UNSET

    initial_wait_time: float | None | Unset = UNSET

    silence_end_call_timeout: float | None | Unset = UNSET

    mode: None | str | TurnMode | Unset = UNSET

    turn_eagerness: None | str | TurnEagerness | Unset = UNSET

    spelling_patience: None | SpellingPatience | str | Unset = UNSET

    speculative_turn: bool | None | Unset = UNSET

    retranscribe_on_turn_timeout: bool | None | Unset = UNSET

    turn_model: None | str | TurnModel | Unset = UNSET

    interruption_ignore_terms: list[str] | None | Unset = UNSET

    interruption_ignore_term_languages: list[str] | None | Unset = UNSET

    merge_with_default_ignore_terms: bool | None | Unset = UNSET

    transcribe_on_disabled_interruptions: bool | None | Unset = UNSET

    soft_timeout_config: None | SoftTimeoutConfigWorkflowOverride | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn_timeout", "turn_timeout", union(FLOAT, NULL)),
        Field("initial_wait_time", "initial_wait_time", union(FLOAT, NULL)),
        Field("silence_end_call_timeout", "silence_end_call_timeout", union(FLOAT, NULL)),
        Field("mode", "mode", union(literal("TurnMode"), NULL, STR)),
        Field("turn_eagerness", "turn_eagerness", union(literal("TurnEagerness"), NULL, STR)),
        Field("spelling_patience", "spelling_patience", union(literal("SpellingPatience"), NULL, STR)),
        Field("speculative_turn", "speculative_turn", union(BOOL, NULL)),
        Field("retranscribe_on_turn_timeout", "retranscribe_on_turn_timeout", union(BOOL, NULL)),
        Field("turn_model", "turn_model", union(literal("TurnModel"), NULL, STR)),
        Field("interruption_ignore_terms", "interruption_ignore_terms", union(list_of(STR), NULL)),
        Field("interruption_ignore_term_languages", "interruption_ignore_term_languages", union(list_of(STR), NULL)),
        Field("merge_with_default_ignore_terms", "merge_with_default_ignore_terms", union(BOOL, NULL)),
        Field("transcribe_on_disabled_interruptions", "transcribe_on_disabled_interruptions", union(BOOL, NULL)),
        Field(
            "soft_timeout_config", "soft_timeout_config", union(object_of("SoftTimeoutConfigWorkflowOverride"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SoftTimeoutConfigWorkflowOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message': False}

    Attributes:
        timeout_seconds: Time in seconds before showing the predefined message while waiting for LLM response. Set to -1
            to disable.
        message: Message to show when the first soft timeout is reached while waiting for LLM response. Supports dynamic
            variables (e.g., {{system__time}}, {{custom_variable}}).
        additional_soft_timeout_messages: Extra static filler messages for subsequent soft timeouts in the same LLM
            generation. The first timeout uses `message`. If fewer messages are configured than
            `max_soft_timeouts_per_generation`, the last configured message is repeated; otherwise a built-in filler is
            used.
        use_llm_generated_message: If enabled, the soft timeout message will be generated dynamically instead of using
            the static message.
        randomize_fillers: If enabled, shuffle the order of static soft timeout messages once at the start of each turn.
            Only applies when use_llm_generated_message is false.
        max_soft_timeouts_per_generation: Maximum filler messages while waiting for a single LLM response. Fires every
            timeout_seconds until the LLM streams content or this limit is reached.
        llm_generated_message_prompt_override: Custom prompt for generating the soft timeout filler message when
            use_llm_generated_message is enabled. Recent conversation context is provided as a separate user message. If not
            set, the default prompt will be used. Supports dynamic variables (e.g., {{system__time}}, {{custom_variable}}).
        disable_until_first_user_message: When true, soft timeout fillers are suppressed until the conversation has at
            least one real user message. Prevents fillers during the agent's opening turn (e.g. workflow generate-
            immediately / tool calls before the user speaks).
    """

    timeout_seconds: float | None | Unset = UNSET

    message: None | str | Unset = UNSET

    additional_soft_timeout_messages: list[str] | None | Unset = UNSET

    use_llm_generated_message: bool | None | Unset = UNSET

    randomize_fillers: bool | None | Unset = UNSET

    max_soft_timeouts_per_generation: int | None | Unset = UNSET

    llm_generated_message_prompt_override: None | str | Unset = UNSET

    disable_until_first_user_message: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timeout_seconds", "timeout_seconds", union(FLOAT, NULL)),
        Field("message", "message", union(STR, NULL)),
        Field("additional_soft_timeout_messages", "additional_soft_timeout_messages", union(list_of(STR), NULL)),
        Field("use_llm_generated_message", "use_llm_generated_message", union(BOOL, NULL)),
        Field("randomize_fillers", "randomize_fillers", union(BOOL, NULL)),
        Field("max_soft_timeouts_per_generation", "max_soft_timeouts_per_generation", union(INT, NULL)),
        Field("llm_generated_message_prompt_override", "llm_generated_message_prompt_override", union(STR, NULL)),
        Field("disable_until_first_user_message", "disable_until_first_user_message", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
