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
class TurnConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0}, 'speculative_turn': False,
        'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal',
        'turn_model': 'turn_v3', 'turn_timeout': 7.0}

    Attributes:
        turn_timeout: Maximum wait time for the user's reply before re-engaging the user Defaults to 7.0 on the server.
        initial_wait_time: How long the agent will wait for the user to start the conversation if the first message is
            empty. If not set, uses the regular turn_timeout.
        silence_end_call_timeout: Maximum wait time since the user last spoke before terminating the call Defaults to -1
            on the server.
        mode: The mode of turn detection Defaults to 'turn' on the server.
        turn_eagerness: Controls how eager the agent is to respond. Low = less eager (waits longer), Standard = default
            eagerness, High = more eager (responds sooner) Defaults to 'normal' on the server.
        spelling_patience: Controls if the agent should be more patient when user is spelling numbers and named
            entities. Auto = model based, Off = never wait extra Defaults to 'auto' on the server.
        speculative_turn: When enabled, starts generating LLM responses during silence before full turn confidence is
            reached, reducing perceived latency. May increase LLM costs. Defaults to False on the server.
        retranscribe_on_turn_timeout: When enabled, if VAD detects no speech, attempts to re-transcribe accumulated
            audio at turn timeout. Disables silence discount billing for affected turns. Defaults to False on the server.
        turn_model: Defaults to 'turn_v3' on the server.
        interruption_ignore_terms: List of terms that should not trigger an interruption when spoken by the user (e.g.
            'gotcha', 'understood'). Uses case-insensitive exact matching.
        interruption_ignore_term_languages: Language codes for which preset ignore-term categories have been activated.
            Stored explicitly so display is not inferred from term overlap.
        merge_with_default_ignore_terms: When enabled, the curated default terms for interruption_ignore_term_languages
            are used in addition to interruption_ignore_terms. Defaults to False on the server.
        transcribe_on_disabled_interruptions: When interruptions are disabled, still transcribe what the user says so it
            can carry into the next turn. When off, user speech during a non-interruptible turn is ignored and won't trigger
            a turn. Defaults to False on the server.
        soft_timeout_config: Configuration for soft timeout functionality during LLM response generation. Example:
            {'message': 'Hhmmmm...yeah.', 'timeout_seconds': 2.0, 'use_llm_generated_message': False}.
    """

    turn_timeout: float | Unset = UNSET

    initial_wait_time: float | None | Unset = UNSET

    silence_end_call_timeout: float | Unset = UNSET

    mode: str | TurnMode | Unset = UNSET

    turn_eagerness: str | TurnEagerness | Unset = UNSET

    spelling_patience: SpellingPatience | str | Unset = UNSET

    speculative_turn: bool | Unset = UNSET

    retranscribe_on_turn_timeout: bool | Unset = UNSET

    turn_model: str | TurnModel | Unset = UNSET

    interruption_ignore_terms: list[str] | Unset = UNSET

    interruption_ignore_term_languages: list[str] | Unset = UNSET

    merge_with_default_ignore_terms: bool | Unset = UNSET

    transcribe_on_disabled_interruptions: bool | Unset = UNSET

    soft_timeout_config: SoftTimeoutConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn_timeout", "turn_timeout", FLOAT),
        Field("initial_wait_time", "initial_wait_time", union(FLOAT, NULL)),
        Field("silence_end_call_timeout", "silence_end_call_timeout", FLOAT),
        Field("mode", "mode", union(literal("TurnMode"), STR)),
        Field("turn_eagerness", "turn_eagerness", union(literal("TurnEagerness"), STR)),
        Field("spelling_patience", "spelling_patience", union(literal("SpellingPatience"), STR)),
        Field("speculative_turn", "speculative_turn", BOOL),
        Field("retranscribe_on_turn_timeout", "retranscribe_on_turn_timeout", BOOL),
        Field("turn_model", "turn_model", union(literal("TurnModel"), STR)),
        Field("interruption_ignore_terms", "interruption_ignore_terms", list_of(STR)),
        Field("interruption_ignore_term_languages", "interruption_ignore_term_languages", list_of(STR)),
        Field("merge_with_default_ignore_terms", "merge_with_default_ignore_terms", BOOL),
        Field("transcribe_on_disabled_interruptions", "transcribe_on_disabled_interruptions", BOOL),
        Field("soft_timeout_config", "soft_timeout_config", object_of("SoftTimeoutConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SoftTimeoutConfig(Lazy, AdditionalProperties[Any]):
    """Configuration for soft timeout functionality during LLM response generation.

    Example:
        {'message': 'Hhmmmm...yeah.', 'timeout_seconds': 2.0, 'use_llm_generated_message': False}

    Attributes:
        timeout_seconds: Time in seconds before showing the predefined message while waiting for LLM response. Set to -1
            to disable. Defaults to -1.0 on the server.
        message: Message to show when the first soft timeout is reached while waiting for LLM response. Supports dynamic
            variables (e.g., {{system__time}}, {{custom_variable}}). Defaults to 'Hhmmmm...yeah.' on the server.
        additional_soft_timeout_messages: Extra static filler messages for subsequent soft timeouts in the same LLM
            generation. The first timeout uses `message`. If fewer messages are configured than
            `max_soft_timeouts_per_generation`, the last configured message is repeated; otherwise a built-in filler is
            used.
        use_llm_generated_message: If enabled, the soft timeout message will be generated dynamically instead of using
            the static message. Defaults to False on the server.
        randomize_fillers: If enabled, shuffle the order of static soft timeout messages once at the start of each turn.
            Only applies when use_llm_generated_message is false. Defaults to False on the server.
        max_soft_timeouts_per_generation: Maximum filler messages while waiting for a single LLM response. Fires every
            timeout_seconds until the LLM streams content or this limit is reached. Defaults to 1 on the server.
        llm_generated_message_prompt_override: Custom prompt for generating the soft timeout filler message when
            use_llm_generated_message is enabled. Recent conversation context is provided as a separate user message. If not
            set, the default prompt will be used. Supports dynamic variables (e.g., {{system__time}}, {{custom_variable}}).
        disable_until_first_user_message: When true, soft timeout fillers are suppressed until the conversation has at
            least one real user message. Prevents fillers during the agent's opening turn (e.g. workflow generate-
            immediately / tool calls before the user speaks). Defaults to False on the server.
    """

    timeout_seconds: float | Unset = UNSET

    message: str | Unset = UNSET

    additional_soft_timeout_messages: list[str] | Unset = UNSET

    use_llm_generated_message: bool | Unset = UNSET

    randomize_fillers: bool | Unset = UNSET

    max_soft_timeouts_per_generation: int | Unset = UNSET

    llm_generated_message_prompt_override: None | str | Unset = UNSET

    disable_until_first_user_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timeout_seconds", "timeout_seconds", FLOAT),
        Field("message", "message", STR),
        Field("additional_soft_timeout_messages", "additional_soft_timeout_messages", list_of(STR)),
        Field("use_llm_generated_message", "use_llm_generated_message", BOOL),
        Field("randomize_fillers", "randomize_fillers", BOOL),
        Field("max_soft_timeouts_per_generation", "max_soft_timeouts_per_generation", INT),
        Field("llm_generated_message_prompt_override", "llm_generated_message_prompt_override", union(STR, NULL)),
        Field("disable_until_first_user_message", "disable_until_first_user_message", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
