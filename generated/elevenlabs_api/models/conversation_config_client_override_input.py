from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import Llm
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class AgentConfigOverrideInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt': {'knowledge_base': [], 'llm':
        'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer questions about the topic of the
        conversation.', 'tool_ids': []}}

    Attributes:
        first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
            start the discussion.
        language: Language of the agent - used for ASR and TTS
        max_conversation_duration_message: If non-empty, the message the agent will send when max conversation duration
            is reached.
        prompt: The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    max_conversation_duration_message: None | str | Unset = UNSET

    prompt: None | PromptAgentApiModelOverrideInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("max_conversation_duration_message", "max_conversation_duration_message", union(STR, NULL)),
        Field("prompt", "prompt", union(object_of("PromptAgentApiModelOverrideInput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AsrConversationalConfigOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'keywords': ['hello', 'world']}

    Attributes:
        keywords: Keywords to boost prediction probability for
    """

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("keywords", "keywords", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PromptAgentApiModelOverrideInput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer
        questions about the topic of the conversation.', 'tool_ids': []}

    Attributes:
        prompt: The prompt for the agent
        llm: The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported
            in the data residency environment
        tool_ids: A list of IDs of tools used by the agent
        native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
        knowledge_base: A list of knowledge bases to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | Unset = UNSET

    tool_ids: list[str] | None | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    knowledge_base: list[KnowledgeBaseLocator] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL)),
        Field("tool_ids", "tool_ids", union(list_of(STR), NULL)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("knowledge_base", "knowledge_base", union(list_of(object_of("KnowledgeBaseLocator")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_override import ConversationConfigOverride
from ..models.knowledge_base_locator import KnowledgeBaseLocator
from ..models.tts_conversational_config_override import TtsConversationalConfigOverride
from ..models.turn_config_override import TurnConfigOverride
