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
class ConversationConfigClientOverrideInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'agent': {'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt': {'knowledge_base':
        [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer questions about the
        topic of the conversation.', 'tool_ids': []}}, 'asr': {'keywords': ['hello', 'world']}, 'conversation':
        {'max_duration_seconds': 600}, 'tts': {'model_id': 'eleven_turbo_v2', 'pronunciation_dictionary_locators': [],
        'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id': 'cjVigY5qzO86Huf0OWal'}, 'turn':
        {'soft_timeout_config': {'message': 'Hhmmmm...yeah.'}}}

    Attributes:
        asr: Configuration for conversational transcription
        turn: Configuration for turn detection
        tts: Configuration for conversational text to speech
        conversation: Configuration for conversational events
        agent: Agent specific configuration
    """

    asr: AsrConversationalConfigOverride | None | Unset = UNSET

    turn: None | TurnConfigOverride | Unset = UNSET

    tts: None | TtsConversationalConfigOverride | Unset = UNSET

    conversation: ConversationConfigOverride | None | Unset = UNSET

    agent: AgentConfigOverrideInput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", union(object_of("AsrConversationalConfigOverride"), NULL)),
        Field("turn", "turn", union(object_of("TurnConfigOverride"), NULL)),
        Field("tts", "tts", union(object_of("TtsConversationalConfigOverride"), NULL)),
        Field("conversation", "conversation", union(object_of("ConversationConfigOverride"), NULL)),
        Field("agent", "agent", union(object_of("AgentConfigOverrideInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_input import AgentConfigOverrideInput
from ..models.asr_conversational_config_override import AsrConversationalConfigOverride
from ..models.conversation_config_override import ConversationConfigOverride
from ..models.tts_conversational_config_override import TtsConversationalConfigOverride
from ..models.turn_config_override import TurnConfigOverride
