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
class ConversationConfigClientOverrideConfigOutput(Lazy, AdditionalProperties[Any]):
    asr: AsrConversationalConfigOverrideConfig | Unset = UNSET

    turn: TurnConfigOverrideConfig | Unset = UNSET

    tts: TtsConversationalConfigOverrideConfig | Unset = UNSET

    conversation: ConversationConfigOverrideConfig | Unset = UNSET

    agent: AgentConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("asr", "asr", object_of("AsrConversationalConfigOverrideConfig")),
        Field("turn", "turn", object_of("TurnConfigOverrideConfig")),
        Field("tts", "tts", object_of("TtsConversationalConfigOverrideConfig")),
        Field("conversation", "conversation", object_of("ConversationConfigOverrideConfig")),
        Field("agent", "agent", object_of("AgentConfigOverrideConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_config import AgentConfigOverrideConfig
from ..models.asr_conversational_config_override_config import AsrConversationalConfigOverrideConfig
from ..models.conversation_config_override_config import ConversationConfigOverrideConfig
from ..models.tts_conversational_config_override_config import TtsConversationalConfigOverrideConfig
from ..models.turn_config_override_config import TurnConfigOverrideConfig
