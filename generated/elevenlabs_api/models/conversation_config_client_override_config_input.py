from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationConfigClientOverrideConfigInput")


@_attrs_define
class ConversationConfigClientOverrideConfigInput:
    """Attributes:
    asr (ASRConversationalConfigOverrideConfig | Unset):
    turn (TurnConfigOverrideConfig | Unset):
    tts (TTSConversationalConfigOverrideConfig | Unset):
    conversation (ConversationConfigOverrideConfig | Unset):
    agent (AgentConfigOverrideConfig | Unset):
    """

    asr: ASRConversationalConfigOverrideConfig | Unset = UNSET

    turn: TurnConfigOverrideConfig | Unset = UNSET

    tts: TTSConversationalConfigOverrideConfig | Unset = UNSET

    conversation: ConversationConfigOverrideConfig | Unset = UNSET

    agent: AgentConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asr, Unset):
            asr = self.asr.to_dict()

        turn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turn, Unset):
            turn = self.turn.to_dict()

        tts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tts, Unset):
            tts = self.tts.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asr is not UNSET:
            field_dict["asr"] = asr
        if turn is not UNSET:
            field_dict["turn"] = turn
        if tts is not UNSET:
            field_dict["tts"] = tts
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if agent is not UNSET:
            field_dict["agent"] = agent
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _asr = d.pop("asr", UNSET)
        asr: ASRConversationalConfigOverrideConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = ASRConversationalConfigOverrideConfig.from_dict(_asr)

        _turn = d.pop("turn", UNSET)
        turn: TurnConfigOverrideConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = TurnConfigOverrideConfig.from_dict(_turn)

        _tts = d.pop("tts", UNSET)
        tts: TTSConversationalConfigOverrideConfig | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = TTSConversationalConfigOverrideConfig.from_dict(_tts)

        _conversation = d.pop("conversation", UNSET)
        conversation: ConversationConfigOverrideConfig | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConversationConfigOverrideConfig.from_dict(_conversation)

        _agent = d.pop("agent", UNSET)
        agent: AgentConfigOverrideConfig | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentConfigOverrideConfig.from_dict(_agent)

        conversation_config_client_override_config_input = cls(
            asr=asr,
            turn=turn,
            tts=tts,
            conversation=conversation,
            agent=agent,
        )
        conversation_config_client_override_config_input.additional_properties = d
        return conversation_config_client_override_config_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_config import AgentConfigOverrideConfig
from ..models.asr_conversational_config_override_config import ASRConversationalConfigOverrideConfig
from ..models.conversation_config_override_config import ConversationConfigOverrideConfig
from ..models.tts_conversational_config_override_config import TTSConversationalConfigOverrideConfig
from ..models.turn_config_override_config import TurnConfigOverrideConfig
