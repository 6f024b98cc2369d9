from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
from ..models._literals import AgentDefinitionSource
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SpeechEngineResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'asr': {'keywords': [], 'provider': 'elevenlabs', 'quality': 'high', 'user_input_audio_format': 'pcm_16000'},
        'call_limits': {'agent_concurrency_limit': -1, 'bursting_enabled': True, 'daily_limit': 100000}, 'conversation':
        {'client_events': ['audio', 'interruption', 'agent_response', 'user_transcript'], 'max_duration_seconds': 600},
        'language': 'en', 'metadata': {'created_at_unix_secs': 1714000000, 'created_from': 'api', 'last_updated_from':
        'api', 'updated_at_unix_secs': 1714000000}, 'name': 'My Speech Engine', 'overrides': {'first_message': False},
        'privacy': {'apply_to_existing_conversations': False, 'delete_audio': False, 'delete_transcript_and_pii': False,
        'record_voice': True, 'retention_days': -1, 'zero_retention_mode': False}, 'speech_engine': {'request_headers':
        {}, 'ws_url': 'wss://example.com/transcript'}, 'speech_engine_id': 'seng_3701k3ttaq12ewp8b7qv5rfyszkz', 'tags':
        ['production', 'v1'], 'tts': {'agent_output_audio_format': 'pcm_16000', 'model_id': 'eleven_flash_v2',
        'optimize_streaming_latency': 3, 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}, 'turn': {'mode': 'turn', 'silence_end_call_timeout': -1, 'turn_eagerness': 'normal',
        'turn_timeout': 7.0}, 'vad': {'background_voice_detection': False}}

    Attributes:
        speech_engine_id: The speech engine resource ID
        name: Human-readable name for the speech engine
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
        language: ISO language code used by the speech engine (e.g. 'en')
        tags: Arbitrary tags for categorization and filtering
        access_info: The access information of the speech engine for the user
    """

    speech_engine_id: str

    name: str

    speech_engine: SpeechEngineConfig

    asr: AsrConversationalConfig

    tts: TtsConversationalConfigOutput

    turn: BaseTurnConfig

    vad: VadConfig

    conversation: ConversationConfigOutput

    privacy: PrivacyConfigOutput

    call_limits: AgentCallLimits

    language: str

    tags: list[str]

    overrides: SpeechEngineConversationInitiationClientDataConfig

    metadata: AgentMetadataDbModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("speech_engine_id", "speech_engine_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("speech_engine", "speech_engine", object_of("SpeechEngineConfig"), required=True),
        Field("asr", "asr", object_of("AsrConversationalConfig"), required=True),
        Field("tts", "tts", object_of("TtsConversationalConfigOutput"), required=True),
        Field("turn", "turn", object_of("BaseTurnConfig"), required=True),
        Field("vad", "vad", object_of("VadConfig"), required=True),
        Field("conversation", "conversation", object_of("ConversationConfigOutput"), required=True),
        Field("privacy", "privacy", object_of("PrivacyConfigOutput"), required=True),
        Field("call_limits", "call_limits", object_of("AgentCallLimits"), required=True),
        Field("language", "language", STR, required=True),
        Field("tags", "tags", list_of(STR), required=True),
        Field("overrides", "overrides", object_of("SpeechEngineConversationInitiationClientDataConfig"), required=True),
        Field("metadata", "metadata", object_of("AgentMetadataDbModel"), required=True),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentMetadataDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    created_from: Defaults to 'unknown' on the server.
    last_updated_from: Defaults to 'unknown' on the server.
    """

    created_at_unix_secs: int

    updated_at_unix_secs: int

    created_from: AgentDefinitionSource | str | Unset = UNSET

    last_updated_from: AgentDefinitionSource | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("updated_at_unix_secs", "updated_at_unix_secs", INT, required=True),
        Field("created_from", "created_from", union(literal("AgentDefinitionSource"), STR)),
        Field("last_updated_from", "last_updated_from", union(literal("AgentDefinitionSource"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_output import ConversationConfigOutput
from ..models.privacy_config_output import PrivacyConfigOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_output import TtsConversationalConfigOutput
from ..models.vad_config import VadConfig
