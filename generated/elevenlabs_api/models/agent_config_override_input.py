from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_agent_api_model_override_input import PromptAgentApiModelOverrideInput
