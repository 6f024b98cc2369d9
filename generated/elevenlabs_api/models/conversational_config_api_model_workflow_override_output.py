from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ConversationalConfigApiModelWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
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
        asr: Configuration for conversational transcription
        turn: Configuration for turn detection
        tts: Configuration for conversational text to speech
        conversation: Configuration for conversational events
        language_presets: Language presets for conversations
        vad: Configuration for voice activity detection
        agent: Agent specific configuration
    """

    asr: AsrConversationalConfigWorkflowOverride | None | Unset = UNSET

    turn: None | TurnConfigWorkflowOverride | Unset = UNSET

    tts: None | TtsConversationalConfigWorkflowOverrideOutput | Unset = UNSET

    conversation: ConversationConfigWorkflowOverrideOutput | None | Unset = UNSET

    language_presets: ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0 | None | Unset = UNSET

    vad: None | Unset | VadConfigWorkflowOverride = UNSET

    agent: AgentConfigApiModelWorkflowOverrideOutput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", union(object_of("AsrConversationalConfigWorkflowOverride"), NULL)),
        Field("turn", "turn", union(object_of("TurnConfigWorkflowOverride"), NULL)),
        Field("tts", "tts", union(object_of("TtsConversationalConfigWorkflowOverrideOutput"), NULL)),
        Field("conversation", "conversation", union(object_of("ConversationConfigWorkflowOverrideOutput"), NULL)),
        Field(
            "language_presets",
            "language_presets",
            union(object_of("ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0"), NULL),
        ),
        Field("vad", "vad", union(object_of("VadConfigWorkflowOverride"), NULL)),
        Field("agent", "agent", union(object_of("AgentConfigApiModelWorkflowOverrideOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_api_model_workflow_override_output import AgentConfigApiModelWorkflowOverrideOutput
from ..models.asr_conversational_config_workflow_override import AsrConversationalConfigWorkflowOverride
from ..models.conversation_config_workflow_override_output import ConversationConfigWorkflowOverrideOutput
from ..models.conversational_config_api_model_workflow_override_output_language_presets_type_0 import (
    ConversationalConfigApiModelWorkflowOverrideOutputLanguagePresetsType0,
)
from ..models.tts_conversational_config_workflow_override_output import TtsConversationalConfigWorkflowOverrideOutput
from ..models.turn_config_workflow_override import TurnConfigWorkflowOverride
from ..models.vad_config_workflow_override import VadConfigWorkflowOverride
