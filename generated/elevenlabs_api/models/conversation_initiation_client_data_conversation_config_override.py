from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverride(Lazy, AdditionalProperties[Any]):
    """Override settings for conversation behavior

    Attributes:
        agent: Configuration for the AI agent's behavior
        tts: Text-to-speech configuration
    """

    agent: ConversationInitiationClientDataConversationConfigOverrideAgent | Unset = UNSET

    tts: ConversationInitiationClientDataConversationConfigOverrideTts | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent", "agent", object_of("ConversationInitiationClientDataConversationConfigOverrideAgent")),
        Field("tts", "tts", object_of("ConversationInitiationClientDataConversationConfigOverrideTts")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override_agent import (
    ConversationInitiationClientDataConversationConfigOverrideAgent,
)
from ..models.conversation_initiation_client_data_conversation_config_override_tts import (
    ConversationInitiationClientDataConversationConfigOverrideTts,
)
