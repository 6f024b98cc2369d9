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
class AgentConfigApiModelWorkflowOverrideOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'disable_first_message_interruptions': False, 'dynamic_variables': {'dynamic_variable_placeholders':
        {'user_name': 'John Doe'}}, 'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'max_tokens': -1, 'prompt': 'You are a helpful assistant
        that can answer questions about the topic of the conversation.', 'temperature': 0.0, 'tool_ids': [], 'tools':
        []}}

    Attributes:
        first_message: If non-empty, the first message the agent will say. If empty, the agent waits for the user to
            start the discussion.
        language: Language of the agent - used for ASR and TTS
        hinglish_mode: When enabled and language is Hindi, the agent will respond in Hinglish
        dynamic_variables: Configuration for dynamic variables
        disable_first_message_interruptions: If true, the user will not be able to interrupt the agent while the first
            message is being delivered.
        max_conversation_duration_message: If non-empty, the message the agent will send when max conversation duration
            is reached.
        text_behavior_overrides: Per-channel response behavior overrides for text conversations. Built-in channel
            defaults apply when unset.
        prompt: The prompt for the agent
    """

    first_message: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    hinglish_mode: bool | None | Unset = UNSET

    dynamic_variables: DynamicVariablesConfigWorkflowOverride | None | Unset = UNSET

    disable_first_message_interruptions: bool | None | Unset = UNSET

    max_conversation_duration_message: None | str | Unset = UNSET

    text_behavior_overrides: AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0 | None | Unset = UNSET

    prompt: None | PromptAgentApiModelWorkflowOverrideOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("hinglish_mode", "hinglish_mode", union(BOOL, NULL)),
        Field(
            "dynamic_variables", "dynamic_variables", union(object_of("DynamicVariablesConfigWorkflowOverride"), NULL)
        ),
        Field("disable_first_message_interruptions", "disable_first_message_interruptions", union(BOOL, NULL)),
        Field("max_conversation_duration_message", "max_conversation_duration_message", union(STR, NULL)),
        Field(
            "text_behavior_overrides",
            "text_behavior_overrides",
            union(object_of("AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0"), NULL),
        ),
        Field("prompt", "prompt", union(object_of("PromptAgentApiModelWorkflowOverrideOutput"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_api_model_workflow_override_output_text_behavior_overrides_type_0 import (
    AgentConfigApiModelWorkflowOverrideOutputTextBehaviorOverridesType0,
)
from ..models.dynamic_variables_config_workflow_override import DynamicVariablesConfigWorkflowOverride
from ..models.prompt_agent_api_model_workflow_override_output import PromptAgentApiModelWorkflowOverrideOutput
