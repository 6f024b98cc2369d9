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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_output import AgentConfigOverrideOutput
from ..models.conversation_config_override import ConversationConfigOverride
from ..models.tts_conversational_config_override import TtsConversationalConfigOverride
from ..models.turn_config_override import TurnConfigOverride
