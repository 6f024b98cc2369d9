from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpellingPatience,
    TurnEagerness,
    TurnMode,
    TurnModel,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BaseTurnConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BaseTurnConfig(Lazy):
    """Example:
        {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [], 'merge_with_default_ignore_terms':
        False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0,
        'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_timeout': 7.0}

    Attributes:
        turn_timeout (float | Unset): Maximum wait time for the user's reply before re-engaging the user Defaults to 7.0
            on the server.
        initial_wait_time (float | None | Unset): How long the agent will wait for the user to start the conversation if
            the first message is empty. If not set, uses the regular turn_timeout.
        silence_end_call_timeout (float | Unset): Maximum wait time since the user last spoke before terminating the
            call Defaults to -1 on the server.
        mode (str | TurnMode | Unset): The mode of turn detection Defaults to 'turn' on the server.
        turn_eagerness (str | TurnEagerness | Unset): Controls how eager the agent is to respond. Low = less eager
            (waits longer), Standard = default eagerness, High = more eager (responds sooner) Defaults to 'normal' on the
            server.
        spelling_patience (SpellingPatience | str | Unset): Controls if the agent should be more patient when user is
            spelling numbers and named entities. Auto = model based, Off = never wait extra Defaults to 'auto' on the
            server.
        speculative_turn (bool | Unset): When enabled, starts generating LLM responses during silence before full turn
            confidence is reached, reducing perceived latency. May increase LLM costs. Defaults to False on the server.
        retranscribe_on_turn_timeout (bool | Unset): When enabled, if VAD detects no speech, attempts to re-transcribe
            accumulated audio at turn timeout. Disables silence discount billing for affected turns. Defaults to False on
            the server.
        turn_model (str | TurnModel | Unset): Defaults to 'turn_v3' on the server.
        interruption_ignore_terms (list[str] | Unset): List of terms that should not trigger an interruption when spoken
            by the user (e.g. 'gotcha', 'understood'). Uses case-insensitive exact matching.
        interruption_ignore_term_languages (list[str] | Unset): Language codes for which preset ignore-term categories
            have been activated. Stored explicitly so display is not inferred from term overlap.
        merge_with_default_ignore_terms (bool | Unset): When enabled, the curated default terms for
            interruption_ignore_term_languages are used in addition to interruption_ignore_terms. Defaults to False on the
            server.
        transcribe_on_disabled_interruptions (bool | Unset): When interruptions are disabled, still transcribe what the
            user says so it can carry into the next turn. When off, user speech during a non-interruptible turn is ignored
            and won't trigger a turn. Defaults to False on the server.
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

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        turn_timeout = self.turn_timeout

        initial_wait_time: Any
        try:
            initial_wait_time = self.initial_wait_time

        except (AttributeError, TypeError):
            initial_wait_time = self.initial_wait_time

        silence_end_call_timeout = self.silence_end_call_timeout

        mode: Any
        try:
            if isinstance(self.mode, Unset):
                mode = UNSET
            elif isinstance(self.mode, str):
                mode = self.mode
            else:
                mode = self.mode

        except (AttributeError, TypeError):
            mode = self.mode

        turn_eagerness: Any
        try:
            if isinstance(self.turn_eagerness, Unset):
                turn_eagerness = UNSET
            elif isinstance(self.turn_eagerness, str):
                turn_eagerness = self.turn_eagerness
            else:
                turn_eagerness = self.turn_eagerness

        except (AttributeError, TypeError):
            turn_eagerness = self.turn_eagerness

        spelling_patience: Any
        try:
            if isinstance(self.spelling_patience, Unset):
                spelling_patience = UNSET
            elif isinstance(self.spelling_patience, str):
                spelling_patience = self.spelling_patience
            else:
                spelling_patience = self.spelling_patience

        except (AttributeError, TypeError):
            spelling_patience = self.spelling_patience

        speculative_turn = self.speculative_turn

        retranscribe_on_turn_timeout = self.retranscribe_on_turn_timeout

        turn_model: Any
        try:
            if isinstance(self.turn_model, Unset):
                turn_model = UNSET
            elif isinstance(self.turn_model, str):
                turn_model = self.turn_model
            else:
                turn_model = self.turn_model

        except (AttributeError, TypeError):
            turn_model = self.turn_model

        interruption_ignore_terms: Any
        try:
            interruption_ignore_terms = UNSET
            if not isinstance(self.interruption_ignore_terms, Unset):
                interruption_ignore_terms = self.interruption_ignore_terms

        except (AttributeError, TypeError):
            interruption_ignore_terms = self.interruption_ignore_terms

        interruption_ignore_term_languages: Any
        try:
            interruption_ignore_term_languages = UNSET
            if not isinstance(self.interruption_ignore_term_languages, Unset):
                interruption_ignore_term_languages = self.interruption_ignore_term_languages

        except (AttributeError, TypeError):
            interruption_ignore_term_languages = self.interruption_ignore_term_languages

        merge_with_default_ignore_terms = self.merge_with_default_ignore_terms

        transcribe_on_disabled_interruptions = self.transcribe_on_disabled_interruptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if turn_timeout is not UNSET:
            field_dict["turn_timeout"] = turn_timeout
        if initial_wait_time is not UNSET:
            field_dict["initial_wait_time"] = initial_wait_time
        if silence_end_call_timeout is not UNSET:
            field_dict["silence_end_call_timeout"] = silence_end_call_timeout
        if mode is not UNSET:
            field_dict["mode"] = mode
        if turn_eagerness is not UNSET:
            field_dict["turn_eagerness"] = turn_eagerness
        if spelling_patience is not UNSET:
            field_dict["spelling_patience"] = spelling_patience
        if speculative_turn is not UNSET:
            field_dict["speculative_turn"] = speculative_turn
        if retranscribe_on_turn_timeout is not UNSET:
            field_dict["retranscribe_on_turn_timeout"] = retranscribe_on_turn_timeout
        if turn_model is not UNSET:
            field_dict["turn_model"] = turn_model
        if interruption_ignore_terms is not UNSET:
            field_dict["interruption_ignore_terms"] = interruption_ignore_terms
        if interruption_ignore_term_languages is not UNSET:
            field_dict["interruption_ignore_term_languages"] = interruption_ignore_term_languages
        if merge_with_default_ignore_terms is not UNSET:
            field_dict["merge_with_default_ignore_terms"] = merge_with_default_ignore_terms
        if transcribe_on_disabled_interruptions is not UNSET:
            field_dict["transcribe_on_disabled_interruptions"] = transcribe_on_disabled_interruptions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        base_turn_config = cls.__new__(cls)
        base_turn_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return base_turn_config

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


_read_turn_timeout = plain_reader(
    "turn_timeout",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_initial_wait_time = plain_reader(
    "initial_wait_time",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_silence_end_call_timeout = plain_reader(
    "silence_end_call_timeout",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_mode = plain_reader("mode", (str,), "a string", False)

_read_turn_eagerness = plain_reader("turn_eagerness", (str,), "a string", False)

_read_spelling_patience = plain_reader("spelling_patience", (str,), "a string", False)

_read_speculative_turn = plain_reader("speculative_turn", (bool,), "a boolean", False)

_read_retranscribe_on_turn_timeout = plain_reader("retranscribe_on_turn_timeout", (bool,), "a boolean", False)

_read_turn_model = plain_reader("turn_model", (str,), "a string", False)

_read_interruption_ignore_terms = plain_reader(
    "interruption_ignore_terms", (list,), "an array", False, ((str,), "a string")
)

_read_interruption_ignore_term_languages = plain_reader(
    "interruption_ignore_term_languages", (list,), "an array", False, ((str,), "a string")
)

_read_merge_with_default_ignore_terms = plain_reader("merge_with_default_ignore_terms", (bool,), "a boolean", False)

_read_transcribe_on_disabled_interruptions = plain_reader(
    "transcribe_on_disabled_interruptions", (bool,), "a boolean", False
)


_FIELDS: frozenset[str] = frozenset(
    (
        "turn_timeout",
        "initial_wait_time",
        "silence_end_call_timeout",
        "mode",
        "turn_eagerness",
        "spelling_patience",
        "speculative_turn",
        "retranscribe_on_turn_timeout",
        "turn_model",
        "interruption_ignore_terms",
        "interruption_ignore_term_languages",
        "merge_with_default_ignore_terms",
        "transcribe_on_disabled_interruptions",
    )
)


def _read_additional_properties(cls: type[BaseTurnConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BaseTurnConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    turn_timeout = d.get("turn_timeout", UNSET)
    if turn_timeout.__class__ is not float and turn_timeout.__class__ is not int and turn_timeout is not UNSET:
        turn_timeout = _read_turn_timeout(cls, d)

    initial_wait_time = d.get("initial_wait_time", UNSET)
    if (
        initial_wait_time.__class__ is not float
        and initial_wait_time.__class__ is not int
        and initial_wait_time is not None
        and initial_wait_time is not UNSET
    ):
        initial_wait_time = _read_initial_wait_time(cls, d)

    silence_end_call_timeout = d.get("silence_end_call_timeout", UNSET)
    if (
        silence_end_call_timeout.__class__ is not float
        and silence_end_call_timeout.__class__ is not int
        and silence_end_call_timeout is not UNSET
    ):
        silence_end_call_timeout = _read_silence_end_call_timeout(cls, d)

    mode = d.get("mode", UNSET)
    if mode.__class__ is not str and mode is not UNSET:
        mode = _read_mode(cls, d)

    turn_eagerness = d.get("turn_eagerness", UNSET)
    if turn_eagerness.__class__ is not str and turn_eagerness is not UNSET:
        turn_eagerness = _read_turn_eagerness(cls, d)

    spelling_patience = d.get("spelling_patience", UNSET)
    if spelling_patience.__class__ is not str and spelling_patience is not UNSET:
        spelling_patience = _read_spelling_patience(cls, d)

    speculative_turn = d.get("speculative_turn", UNSET)
    if speculative_turn.__class__ is not bool and speculative_turn is not UNSET:
        speculative_turn = _read_speculative_turn(cls, d)

    retranscribe_on_turn_timeout = d.get("retranscribe_on_turn_timeout", UNSET)
    if retranscribe_on_turn_timeout.__class__ is not bool and retranscribe_on_turn_timeout is not UNSET:
        retranscribe_on_turn_timeout = _read_retranscribe_on_turn_timeout(cls, d)

    turn_model = d.get("turn_model", UNSET)
    if turn_model.__class__ is not str and turn_model is not UNSET:
        turn_model = _read_turn_model(cls, d)

    interruption_ignore_terms = d.get("interruption_ignore_terms", UNSET)
    if interruption_ignore_terms.__class__ is not list and interruption_ignore_terms is not UNSET:
        interruption_ignore_terms = _read_interruption_ignore_terms(cls, d)
    elif interruption_ignore_terms.__class__ is list and interruption_ignore_terms:
        check_items(cls, "interruption_ignore_terms", interruption_ignore_terms, (str,), "a string")

    interruption_ignore_term_languages = d.get("interruption_ignore_term_languages", UNSET)
    if interruption_ignore_term_languages.__class__ is not list and interruption_ignore_term_languages is not UNSET:
        interruption_ignore_term_languages = _read_interruption_ignore_term_languages(cls, d)
    elif interruption_ignore_term_languages.__class__ is list and interruption_ignore_term_languages:
        check_items(cls, "interruption_ignore_term_languages", interruption_ignore_term_languages, (str,), "a string")

    merge_with_default_ignore_terms = d.get("merge_with_default_ignore_terms", UNSET)
    if merge_with_default_ignore_terms.__class__ is not bool and merge_with_default_ignore_terms is not UNSET:
        merge_with_default_ignore_terms = _read_merge_with_default_ignore_terms(cls, d)

    transcribe_on_disabled_interruptions = d.get("transcribe_on_disabled_interruptions", UNSET)
    if transcribe_on_disabled_interruptions.__class__ is not bool and transcribe_on_disabled_interruptions is not UNSET:
        transcribe_on_disabled_interruptions = _read_transcribe_on_disabled_interruptions(cls, d)

    return {
        "turn_timeout": turn_timeout,
        "initial_wait_time": initial_wait_time,
        "silence_end_call_timeout": silence_end_call_timeout,
        "mode": mode,
        "turn_eagerness": turn_eagerness,
        "spelling_patience": spelling_patience,
        "speculative_turn": speculative_turn,
        "retranscribe_on_turn_timeout": retranscribe_on_turn_timeout,
        "turn_model": turn_model,
        "interruption_ignore_terms": interruption_ignore_terms,
        "interruption_ignore_term_languages": interruption_ignore_term_languages,
        "merge_with_default_ignore_terms": merge_with_default_ignore_terms,
        "transcribe_on_disabled_interruptions": transcribe_on_disabled_interruptions,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BaseTurnConfig,
    _all_fields,
    {
        "turn_timeout": _read_turn_timeout,
        "initial_wait_time": _read_initial_wait_time,
        "silence_end_call_timeout": _read_silence_end_call_timeout,
        "mode": _read_mode,
        "turn_eagerness": _read_turn_eagerness,
        "spelling_patience": _read_spelling_patience,
        "speculative_turn": _read_speculative_turn,
        "retranscribe_on_turn_timeout": _read_retranscribe_on_turn_timeout,
        "turn_model": _read_turn_model,
        "interruption_ignore_terms": _read_interruption_ignore_terms,
        "interruption_ignore_term_languages": _read_interruption_ignore_term_languages,
        "merge_with_default_ignore_terms": _read_merge_with_default_ignore_terms,
        "transcribe_on_disabled_interruptions": _read_transcribe_on_disabled_interruptions,
        "additional_properties": _read_additional_properties,
    },
)
