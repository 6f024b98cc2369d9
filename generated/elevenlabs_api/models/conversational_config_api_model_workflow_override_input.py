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

T = TypeVar("T", bound="ConversationalConfigApiModelWorkflowOverrideInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationalConfigApiModelWorkflowOverrideInput(Lazy):
    """Example:
        {'agent': {'disable_first_message_interruptions': False, 'dynamic_variables': {'dynamic_variable_placeholders':
        {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}}, 'asr': {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high',
        'user_input_audio_format': 'pcm_16000'}, 'conversation': {'client_events': ['audio', 'interruption'],
        'max_duration_seconds': 600}, 'tts': {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2',
        'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0,
        'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn': {'interruption_ignore_term_languages': [],
        'interruption_ignore_terms': [], 'merge_with_default_ignore_terms': False, 'mode': 'turn',
        'retranscribe_on_turn_timeout': False, 'silence_end_call_timeout': -1.0, 'soft_timeout_config': {'message':
        'Hhmmmm...yeah.', 'timeout_seconds': -1.0, 'use_llm_generated_message': False}, 'speculative_turn': False,
        'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal',
        'turn_model': 'turn_v3', 'turn_timeout': 7.0}, 'vad': {'background_voice_detection': False}}

    Attributes:
        asr (AsrConversationalConfigWorkflowOverride | None | Unset): Configuration for conversational transcription
        turn (None | TurnConfigWorkflowOverride | Unset): Configuration for turn detection
        tts (None | TtsConversationalConfigWorkflowOverrideInput | Unset): Configuration for conversational text to
            speech
        conversation (ConversationConfigWorkflowOverrideInput | None | Unset): Configuration for conversational events
        language_presets (ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset):
            Language presets for conversations
        vad (None | Unset | VadConfigWorkflowOverride): Configuration for voice activity detection
        agent (AgentConfigApiModelWorkflowOverrideInput | None | Unset): Agent specific configuration
    """

    asr: AsrConversationalConfigWorkflowOverride | None | Unset = UNSET

    turn: None | TurnConfigWorkflowOverride | Unset = UNSET

    tts: None | TtsConversationalConfigWorkflowOverrideInput | Unset = UNSET

    conversation: ConversationConfigWorkflowOverrideInput | None | Unset = UNSET

    language_presets: ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset = UNSET

    vad: None | Unset | VadConfigWorkflowOverride = UNSET

    agent: AgentConfigApiModelWorkflowOverrideInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asr: Any
        try:
            if isinstance(self.asr, Unset):
                asr = UNSET
            elif isinstance(self.asr, AsrConversationalConfigWorkflowOverride):
                asr = self.asr.to_dict()
            else:
                asr = self.asr

        except (AttributeError, TypeError):
            asr = self.asr

        turn: Any
        try:
            if isinstance(self.turn, Unset):
                turn = UNSET
            elif isinstance(self.turn, TurnConfigWorkflowOverride):
                turn = self.turn.to_dict()
            else:
                turn = self.turn

        except (AttributeError, TypeError):
            turn = self.turn

        tts: Any
        try:
            if isinstance(self.tts, Unset):
                tts = UNSET
            elif isinstance(self.tts, TtsConversationalConfigWorkflowOverrideInput):
                tts = self.tts.to_dict()
            else:
                tts = self.tts

        except (AttributeError, TypeError):
            tts = self.tts

        conversation: Any
        try:
            if isinstance(self.conversation, Unset):
                conversation = UNSET
            elif isinstance(self.conversation, ConversationConfigWorkflowOverrideInput):
                conversation = self.conversation.to_dict()
            else:
                conversation = self.conversation

        except (AttributeError, TypeError):
            conversation = self.conversation

        language_presets: Any
        try:
            if isinstance(self.language_presets, Unset):
                language_presets = UNSET
            elif isinstance(
                self.language_presets, ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0
            ):
                language_presets = self.language_presets.to_dict()
            else:
                language_presets = self.language_presets

        except (AttributeError, TypeError):
            language_presets = self.language_presets

        vad: Any
        try:
            if isinstance(self.vad, Unset):
                vad = UNSET
            elif isinstance(self.vad, VadConfigWorkflowOverride):
                vad = self.vad.to_dict()
            else:
                vad = self.vad

        except (AttributeError, TypeError):
            vad = self.vad

        agent: Any
        try:
            if isinstance(self.agent, Unset):
                agent = UNSET
            elif isinstance(self.agent, AgentConfigApiModelWorkflowOverrideInput):
                agent = self.agent.to_dict()
            else:
                agent = self.agent

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
        conversational_config_api_model_workflow_override_input = cls.__new__(cls)
        conversational_config_api_model_workflow_override_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversational_config_api_model_workflow_override_input

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


def _read_asr(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", UNSET)
    try:

        def _parse_asr(data: object) -> AsrConversationalConfigWorkflowOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            asr_type_0 = AsrConversationalConfigWorkflowOverride.from_dict(data)

            return asr_type_0

        asr = _parse_asr(asr_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_turn(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:

        def _parse_turn(data: object) -> None | TurnConfigWorkflowOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            turn_type_0 = TurnConfigWorkflowOverride.from_dict(data)

            return turn_type_0

        turn = _parse_turn(turn_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_tts(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:

        def _parse_tts(data: object) -> None | TtsConversationalConfigWorkflowOverrideInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tts_type_0 = TtsConversationalConfigWorkflowOverrideInput.from_dict(data)

            return tts_type_0

        tts = _parse_tts(tts_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_conversation(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:

        def _parse_conversation(data: object) -> ConversationConfigWorkflowOverrideInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_type_0 = ConversationConfigWorkflowOverrideInput.from_dict(data)

            return conversation_type_0

        conversation = _parse_conversation(conversation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_language_presets(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    language_presets_raw = d.get("language_presets", UNSET)
    try:

        def _parse_language_presets(
            data: object,
        ) -> ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            language_presets_type_0 = ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0.from_dict(
                data
            )

            return language_presets_type_0

        language_presets = _parse_language_presets(language_presets_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        language_presets = deviating_field(cls, "language_presets", language_presets_raw)

    return language_presets


def _read_vad(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    vad_raw = d.get("vad", UNSET)
    try:

        def _parse_vad(data: object) -> None | Unset | VadConfigWorkflowOverride:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            vad_type_0 = VadConfigWorkflowOverride.from_dict(data)

            return vad_type_0

        vad = _parse_vad(vad_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        vad = deviating_field(cls, "vad", vad_raw)

    return vad


def _read_agent(cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]) -> Any:
    agent_raw = d.get("agent", UNSET)
    try:

        def _parse_agent(data: object) -> AgentConfigApiModelWorkflowOverrideInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            agent_type_0 = AgentConfigApiModelWorkflowOverrideInput.from_dict(data)

            return agent_type_0

        agent = _parse_agent(agent_raw)
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


def _read_additional_properties(
    cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationalConfigApiModelWorkflowOverrideInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "asr" in known:
        asr = known["asr"]
    else:
        asr = d.get("asr", UNSET)
        if asr is not UNSET and asr is not None:
            asr = _read_asr(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET and turn is not None:
            turn = _read_turn(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET and tts is not None:
            tts = _read_tts(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET and conversation is not None:
            conversation = _read_conversation(cls, d)

    if "language_presets" in known:
        language_presets = known["language_presets"]
    else:
        language_presets = d.get("language_presets", UNSET)
        if language_presets is not UNSET and language_presets is not None:
            language_presets = _read_language_presets(cls, d)

    if "vad" in known:
        vad = known["vad"]
    else:
        vad = d.get("vad", UNSET)
        if vad is not UNSET and vad is not None:
            vad = _read_vad(cls, d)

    if "agent" in known:
        agent = known["agent"]
    else:
        agent = d.get("agent", UNSET)
        if agent is not UNSET and agent is not None:
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
    ConversationalConfigApiModelWorkflowOverrideInput,
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
from ..models.agent_config_api_model_workflow_override_input import AgentConfigApiModelWorkflowOverrideInput
from ..models.asr_conversational_config_workflow_override import AsrConversationalConfigWorkflowOverride
from ..models.conversation_config_workflow_override_input import ConversationConfigWorkflowOverrideInput
from ..models.conversational_config_api_model_workflow_override_input_language_presets_type_0 import (
    ConversationalConfigApiModelWorkflowOverrideInputLanguagePresetsType0,
)
from ..models.tts_conversational_config_workflow_override_input import TtsConversationalConfigWorkflowOverrideInput
from ..models.turn_config_workflow_override import TurnConfigWorkflowOverride
from ..models.vad_config_workflow_override import VadConfigWorkflowOverride
