from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationalConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    asr:  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high',
        'user_input_audio_format': 'pcm_16000'}.
    turn:  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [],
        'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
        'silence_end_call_timeout': -1.0, 'soft_timeout_config': {'message': 'Hhmmmm...yeah.', 'timeout_seconds': -1.0},
        'speculative_turn': False, 'spelling_patience': 'auto', 'transcribe_on_disabled_interruptions': False,
        'turn_eagerness': 'normal', 'turn_model': 'turn_v3', 'turn_timeout': 7.0}.
    tts:  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2',
        'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0,
        'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
    conversation:  Example: {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}.
    language_presets: Language presets for conversations
    vad:  Example: {'background_voice_detection': False}.
    agent:  Example: {'disable_first_message_interruptions': False, 'first_message': 'Hello, how can I help you
        today?', 'language': 'en'}.
    """

    asr: AsrConversationalConfig | Unset = UNSET

    turn: TurnConfig | Unset = UNSET

    tts: TtsConversationalConfigInput | Unset = UNSET

    conversation: ConversationConfigInput | Unset = UNSET

    language_presets: ConversationalConfigLanguagePresets | Unset = UNSET

    vad: VadConfig | Unset = UNSET

    agent: AgentConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", object_of("AsrConversationalConfig")),
        Field("turn", "turn", object_of("TurnConfig")),
        Field("tts", "tts", object_of("TtsConversationalConfigInput")),
        Field("conversation", "conversation", object_of("ConversationConfigInput")),
        Field("language_presets", "language_presets", object_of("ConversationalConfigLanguagePresets")),
        Field("vad", "vad", object_of("VadConfig")),
        Field("agent", "agent", object_of("AgentConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationalConfigLanguagePresets(Lazy, AdditionalProperties["LanguagePresetInput"]):
    """Language presets for conversations"""

    additional_properties: dict[str, LanguagePresetInput] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LanguagePresetInput"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config import AgentConfig
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.conversation_config_input import ConversationConfigInput
from ..models.language_preset_input import LanguagePresetInput
from ..models.tts_conversational_config_input import TtsConversationalConfigInput
from ..models.turn_config import TurnConfig
from ..models.vad_config import VadConfig
