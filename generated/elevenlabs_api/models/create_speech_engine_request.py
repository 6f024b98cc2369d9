from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateSpeechEngineRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: Name of the speech engine Defaults to 'Speech Engine' on the server.
    asr:  Example: {'keywords': ['hello', 'world'], 'provider': 'scribe_realtime', 'quality': 'high',
        'user_input_audio_format': 'pcm_16000'}.
    tts:  Example: {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_turbo_v2',
        'optimize_streaming_latency': 3, 'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0,
        'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}.
    turn:  Example: {'interruption_ignore_term_languages': [], 'interruption_ignore_terms': [],
        'merge_with_default_ignore_terms': False, 'mode': 'turn', 'retranscribe_on_turn_timeout': False,
        'silence_end_call_timeout': -1.0, 'speculative_turn': False, 'spelling_patience': 'auto',
        'transcribe_on_disabled_interruptions': False, 'turn_eagerness': 'normal', 'turn_timeout': 7.0}.
    vad:  Example: {'background_voice_detection': False}.
    conversation:  Example: {'client_events': ['audio', 'interruption'], 'max_duration_seconds': 600}.
    privacy:  Example: {'apply_to_existing_conversations': False, 'delete_audio': False,
        'delete_transcript_and_pii': False, 'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}.
    call_limits:  Example: {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}.
    language: Language for the speech engine Defaults to 'en' on the server.
    tags: Tags for categorization
    """

    speech_engine: SpeechEngineConfig

    name: str | Unset = UNSET

    asr: AsrConversationalConfig | Unset = UNSET

    tts: TtsConversationalConfigInput | Unset = UNSET

    turn: BaseTurnConfig | Unset = UNSET

    vad: VadConfig | Unset = UNSET

    conversation: ConversationConfigInput | Unset = UNSET

    privacy: PrivacyConfigInput | Unset = UNSET

    call_limits: AgentCallLimits | Unset = UNSET

    language: str | Unset = UNSET

    tags: list[str] | Unset = UNSET

    overrides: SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speech_engine", "speech_engine", object_of("SpeechEngineConfig"), required=True),
        Field("name", "name", STR),
        Field("asr", "asr", object_of("AsrConversationalConfig")),
        Field("tts", "tts", object_of("TtsConversationalConfigInput")),
        Field("turn", "turn", object_of("BaseTurnConfig")),
        Field("vad", "vad", object_of("VadConfig")),
        Field("conversation", "conversation", object_of("ConversationConfigInput")),
        Field("privacy", "privacy", object_of("PrivacyConfigInput")),
        Field("call_limits", "call_limits", object_of("AgentCallLimits")),
        Field("language", "language", STR),
        Field("tags", "tags", list_of(STR)),
        Field("overrides", "overrides", object_of("SpeechEngineConversationInitiationClientDataConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_input import ConversationConfigInput
from ..models.privacy_config_input import PrivacyConfigInput
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_input import TtsConversationalConfigInput
from ..models.vad_config import VadConfig
