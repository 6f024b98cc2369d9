from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, literal, object_of, union
from ..models._literals import Llm
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationConfigClientOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    turn: Configuration for turn detection
    tts: Configuration for conversational text to speech
    conversation: Configuration for conversational events
    agent: Agent specific configuration
    """

    turn: None | TurnConfigOverride | Unset = UNSET

    tts: None | TtsConversationalConfigOverride | Unset = UNSET

    conversation: ConversationConfigOverride | None | Unset = UNSET

    agent: AgentConfigOverrideOutput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn", "turn", union(object_of("TurnConfigOverride"), NULL)),
        Field("tts", "tts", union(object_of("TtsConversationalConfigOverride"), NULL)),
        Field("conversation", "conversation", union(object_of("ConversationConfigOverride"), NULL)),
        Field("agent", "agent", union(object_of("AgentConfigOverrideOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AgentConfigOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
        start the discussion.
    language: Language of the agent - used for ASR and TTS
    prompt: The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    prompt: None | PromptAgentApiModelOverride | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("prompt", "prompt", union(object_of("PromptAgentApiModelOverride"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PromptAgentApiModelOverride(Lazy, AdditionalProperties[Any]):
    """Attributes:
    prompt: The prompt for the agent
    llm: The LLM to query with the prompt and the chat history. If using data residency, the LLM must be supported
        in the data residency environment
    native_mcp_server_ids: A list of Native MCP server ids to be used by the agent
    """

    prompt: None | str | Unset = UNSET

    llm: Llm | None | str | Unset = UNSET

    native_mcp_server_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", union(STR, NULL)),
        Field("llm", "llm", union(literal("Llm"), NULL, STR)),
        Field("native_mcp_server_ids", "native_mcp_server_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_override import ConversationConfigOverride
from ..models.tts_conversational_config_override import TtsConversationalConfigOverride
from ..models.turn_config_override import TurnConfigOverride
