from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
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
class AgentConfig(Lazy, AdditionalProperties[Any]):
    """Example:
        {'disable_first_message_interruptions': False, 'first_message': 'Hello, how can I help you today?', 'language':
        'en'}

    Attributes:
        first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
            start the discussion. Defaults to empty on the server.
        language: Language of the agent - used for ASR and TTS Defaults to 'en' on the server.
        hinglish_mode: When enabled and language is Hindi, the agent will respond in Hinglish Defaults to False on the
            server.
        dynamic_variables:  Example: {'dynamic_variable_placeholders': {'user_name': 'John Doe'}}.
        disable_first_message_interruptions: If true, the user will not be able to interrupt the agent while the first
            message is being delivered. Defaults to False on the server.
        max_conversation_duration_message: If non-empty, the message the agent will send when max conversation duration
            is reached. Defaults to empty on the server.
        text_behavior_overrides: Per-channel response behavior overrides for text conversations. Built-in channel
            defaults apply when unset.
        prompt:  Example: {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a
            helpful assistant that can answer questions about the topic of the conversation.', 'temperature': 0.0,
            'tool_ids': [], 'tools': []}.
    """

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    hinglish_mode: bool | Unset = UNSET

    dynamic_variables: DynamicVariablesConfig | Unset = UNSET

    disable_first_message_interruptions: bool | Unset = UNSET

    max_conversation_duration_message: str | Unset = UNSET

    text_behavior_overrides: AgentConfigTextBehaviorOverridesType0 | None | Unset = UNSET

    prompt: PromptAgentApiModelInput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", STR),
        Field("language", "language", STR),
        Field("hinglish_mode", "hinglish_mode", BOOL),
        Field("dynamic_variables", "dynamic_variables", object_of("DynamicVariablesConfig")),
        Field("disable_first_message_interruptions", "disable_first_message_interruptions", BOOL),
        Field("max_conversation_duration_message", "max_conversation_duration_message", STR),
        Field(
            "text_behavior_overrides",
            "text_behavior_overrides",
            union(object_of("AgentConfigTextBehaviorOverridesType0"), NULL),
        ),
        Field("prompt", "prompt", object_of("PromptAgentApiModelInput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_text_behavior_overrides_type_0 import AgentConfigTextBehaviorOverridesType0
from ..models.dynamic_variables_config import DynamicVariablesConfig
from ..models.prompt_agent_api_model_input import PromptAgentApiModelInput
