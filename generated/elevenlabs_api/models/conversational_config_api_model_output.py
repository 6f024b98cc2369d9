from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationalConfigApiModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationalConfigApiModelOutput(Lazy):
    """Attributes:
    asr (AsrConversationalConfig | Unset):  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime',
        'quality': 'high', 'user_input_audio_format': 'pcm_16000'}.
    turn (TurnConfig | Unset):  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [],
        'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
        'silence_end_call_timeout': -1.0, 'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0},
        'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_model': 'turn_v3', 'turn_timeout': 7.0}.
    tts (TtsConversationalConfigOutput | Unset):  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id':
        'eleven_turbo_v2', 'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost':
        0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
    conversation (ConversationConfigOutput | Unset):  Example: {'client_events': ['audio', 'interruption'],
        'max_duration_seconds': 600}.
    language_presets (ConversationalConfigApiModelOutputLanguagePresets | Unset): Language presets for conversations
    vad (VadConfig | Unset):  Example: {'background_voice_detection': False}.
    agent (AgentConfigApiModelOutput | Unset):  Example: {'disable_first_message_interruptions': False,
        'first_message': 'Hello, how can I help you today?', 'language': 'en'}.
    """

    asr: AsrConversationalConfig | Unset = UNSET

    turn: TurnConfig | Unset = UNSET

    tts: TtsConversationalConfigOutput | Unset = UNSET

    conversation: ConversationConfigOutput | Unset = UNSET

    language_presets: ConversationalConfigApiModelOutputLanguagePresets | Unset = UNSET

    vad: VadConfig | Unset = UNSET

    agent: AgentConfigApiModelOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asr: Any
        try:
            asr = UNSET
            if not isinstance(self.asr, Unset):
                asr = self.asr.to_dict()
        except (AttributeError, TypeError):
            asr = self.asr

        turn: Any
        try:
            turn = UNSET
            if not isinstance(self.turn, Unset):
                turn = self.turn.to_dict()
        except (AttributeError, TypeError):
            turn = self.turn

        tts: Any
        try:
            tts = UNSET
            if not isinstance(self.tts, Unset):
                tts = self.tts.to_dict()
        except (AttributeError, TypeError):
            tts = self.tts

        conversation: Any
        try:
            conversation = UNSET
            if not isinstance(self.conversation, Unset):
                conversation = self.conversation.to_dict()
        except (AttributeError, TypeError):
            conversation = self.conversation

        language_presets: Any
        try:
            language_presets = UNSET
            if not isinstance(self.language_presets, Unset):
                language_presets = self.language_presets.to_dict()
        except (AttributeError, TypeError):
            language_presets = self.language_presets

        vad: Any
        try:
            vad = UNSET
            if not isinstance(self.vad, Unset):
                vad = self.vad.to_dict()
        except (AttributeError, TypeError):
            vad = self.vad

        agent: Any
        try:
            agent = UNSET
            if not isinstance(self.agent, Unset):
                agent = self.agent.to_dict()
        except (AttributeError, TypeError):
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asr is not UNSET:
            field_dict["asr"] = asr
        if turn is not UNSET:
            field_dict["turn"] = turn
        if tts is not UNSET:
            field_dict["tts"] = tts
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if language_presets is not UNSET:
            field_dict["language_presets"] = language_presets
        if vad is not UNSET:
            field_dict["vad"] = vad
        if agent is not UNSET:
            field_dict["agent"] = agent
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversational_config_api_model_output = cls.__new__(cls)
        conversational_config_api_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversational_config_api_model_output

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


def _read_asr(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", UNSET)
    try:
        _asr = asr_raw
        asr: AsrConversationalConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = AsrConversationalConfig.from_dict(_asr)
    except (KeyError, TypeError, ValueError, AttributeError):
        asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_turn(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:
        _turn = turn_raw
        turn: TurnConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = TurnConfig.from_dict(_turn)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_tts(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:
        _tts = tts_raw
        tts: TtsConversationalConfigOutput | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = TtsConversationalConfigOutput.from_dict(_tts)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_conversation(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:
        _conversation = conversation_raw
        conversation: ConversationConfigOutput | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConversationConfigOutput.from_dict(_conversation)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_language_presets(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    language_presets_raw = d.get("language_presets", UNSET)
    try:
        _language_presets = language_presets_raw
        language_presets: ConversationalConfigApiModelOutputLanguagePresets | Unset
        if isinstance(_language_presets, Unset):
            language_presets = UNSET
        else:
            language_presets = ConversationalConfigApiModelOutputLanguagePresets.from_dict(_language_presets)
    except (KeyError, TypeError, ValueError, AttributeError):
        language_presets = deviating_field(cls, "language_presets", language_presets_raw)

    return language_presets


def _read_vad(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    vad_raw = d.get("vad", UNSET)
    try:
        _vad = vad_raw
        vad: VadConfig | Unset
        if isinstance(_vad, Unset):
            vad = UNSET
        else:
            vad = VadConfig.from_dict(_vad)
    except (KeyError, TypeError, ValueError, AttributeError):
        vad = deviating_field(cls, "vad", vad_raw)

    return vad


def _read_agent(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> Any:
    agent_raw = d.get("agent", UNSET)
    try:
        _agent = agent_raw
        agent: AgentConfigApiModelOutput | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentConfigApiModelOutput.from_dict(_agent)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent = deviating_field(cls, "agent", agent_raw)

    return agent


_FIELDS: frozenset[str] = frozenset(
    (
        "asr",
        "turn",
        "tts",
        "conversation",
        "language_presets",
        "vad",
        "agent",
    )
)


def _read_additional_properties(cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationalConfigApiModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "asr" in known:
        asr = known["asr"]
    else:
        asr = d.get("asr", UNSET)
        if asr is not UNSET:
            asr = _read_asr(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET:
            turn = _read_turn(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET:
            tts = _read_tts(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET:
            conversation = _read_conversation(cls, d)

    if "language_presets" in known:
        language_presets = known["language_presets"]
    else:
        language_presets = d.get("language_presets", UNSET)
        if language_presets is not UNSET:
            language_presets = _read_language_presets(cls, d)

    if "vad" in known:
        vad = known["vad"]
    else:
        vad = d.get("vad", UNSET)
        if vad is not UNSET:
            vad = _read_vad(cls, d)

    if "agent" in known:
        agent = known["agent"]
    else:
        agent = d.get("agent", UNSET)
        if agent is not UNSET:
            agent = _read_agent(cls, d)

    return {
        "asr": asr,
        "turn": turn,
        "tts": tts,
        "conversation": conversation,
        "language_presets": language_presets,
        "vad": vad,
        "agent": agent,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationalConfigApiModelOutput,
    _all_fields,
    {
        "asr": _read_asr,
        "turn": _read_turn,
        "tts": _read_tts,
        "conversation": _read_conversation,
        "language_presets": _read_language_presets,
        "vad": _read_vad,
        "agent": _read_agent,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_api_model_output import AgentConfigApiModelOutput
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.conversation_config_output import ConversationConfigOutput
from ..models.conversational_config_api_model_output_language_presets import (
    ConversationalConfigApiModelOutputLanguagePresets,
)
from ..models.tts_conversational_config_output import TtsConversationalConfigOutput
from ..models.turn_config import TurnConfig
from ..models.vad_config import VadConfig
