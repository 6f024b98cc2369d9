from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    SpellingPatience,
    TurnEagerness,
    TurnMode,
    TurnModel,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BaseTurnConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_timeout': 7.0}

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
        Field("additional_properties", None, dict_of(ANY)),
    )
