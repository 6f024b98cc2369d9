from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UpdateSpeechEngineRequest(Lazy, AdditionalProperties[Any]):
    name: None | str | Unset = UNSET

    speech_engine: None | SpeechEngineConfig | Unset = UNSET

    asr: AsrConversationalConfig | None | Unset = UNSET

    tts: None | TtsConversationalConfigInput | Unset = UNSET

    turn: BaseTurnConfig | None | Unset = UNSET

    vad: None | Unset | VadConfig = UNSET

    conversation: ConversationConfigInput | None | Unset = UNSET

    privacy: None | PrivacyConfigInput | Unset = UNSET

    call_limits: AgentCallLimits | None | Unset = UNSET

    language: None | str | Unset = UNSET

    tags: list[str] | None | Unset = UNSET

    overrides: None | SpeechEngineConversationInitiationClientDataConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", union(STR, NULL)),
        Field("speech_engine", "speech_engine", union(object_of("SpeechEngineConfig"), NULL)),
        Field("asr", "asr", union(object_of("AsrConversationalConfig"), NULL)),
        Field("tts", "tts", union(object_of("TtsConversationalConfigInput"), NULL)),
        Field("turn", "turn", union(object_of("BaseTurnConfig"), NULL)),
        Field("vad", "vad", union(object_of("VadConfig"), NULL)),
        Field("conversation", "conversation", union(object_of("ConversationConfigInput"), NULL)),
        Field("privacy", "privacy", union(object_of("PrivacyConfigInput"), NULL)),
        Field("call_limits", "call_limits", union(object_of("AgentCallLimits"), NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("tags", "tags", union(list_of(STR), NULL)),
        Field("overrides", "overrides", union(object_of("SpeechEngineConversationInitiationClientDataConfig"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_call_limits import AgentCallLimits
from ..models.asr_conversational_config import AsrConversationalConfig
from ..models.base_turn_config import BaseTurnConfig
from ..models.conversation_config_input import ConversationConfigInput
from ..models.privacy_config_input import PrivacyConfigInput
from ..models.speech_engine_config import SpeechEngineConfig
from ..models.speech_engine_conversation_initiation_client_data_config import (
    SpeechEngineConversationInitiationClientDataConfig,
)
from ..models.tts_conversational_config_input import TtsConversationalConfigInput
from ..models.vad_config import VadConfig
