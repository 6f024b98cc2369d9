from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideAgent(Lazy, AdditionalProperties[Any]):
    """Configuration for the AI agent's behavior

    Attributes:
        prompt: System prompt configuration
        first_message: Initial message the agent should use to start the conversation.
        language: Preferred language code for the conversation.
    """

    prompt: ConversationInitiationClientDataConversationConfigOverrideAgentPrompt | Unset = UNSET

    first_message: str | Unset = UNSET

    language: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("prompt", "prompt", object_of("ConversationInitiationClientDataConversationConfigOverrideAgentPrompt")),
        Field("first_message", "first_message", STR),
        Field("language", "language", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override_agent_prompt import (
    ConversationInitiationClientDataConversationConfigOverrideAgentPrompt,
)
