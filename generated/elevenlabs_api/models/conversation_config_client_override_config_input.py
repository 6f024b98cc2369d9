from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationConfigClientOverrideConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationConfigClientOverrideConfigInput(Lazy):
    """Attributes:
    asr (AsrConversationalConfigOverrideConfig | Unset):
    turn (TurnConfigOverrideConfig | Unset):
    tts (TtsConversationalConfigOverrideConfig | Unset):
    conversation (ConversationConfigOverrideConfig | Unset):
    agent (AgentConfigOverrideConfig | Unset):
    """

    asr: AsrConversationalConfigOverrideConfig | Unset = UNSET

    turn: TurnConfigOverrideConfig | Unset = UNSET

    tts: TtsConversationalConfigOverrideConfig | Unset = UNSET

    conversation: ConversationConfigOverrideConfig | Unset = UNSET

    agent: AgentConfigOverrideConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asr: Any
        try:
            asr = UNSET
            if not isinstance(self.asr, Unset):
                asr = self.asr.to_dict()
        except (AttributeError, TypeError):
            asr = self.asr

        turn: Any
        try:
            turn = UNSET
            if not isinstance(self.turn, Unset):
                turn = self.turn.to_dict()
        except (AttributeError, TypeError):
            turn = self.turn

        tts: Any
        try:
            tts = UNSET
            if not isinstance(self.tts, Unset):
                tts = self.tts.to_dict()
        except (AttributeError, TypeError):
            tts = self.tts

        conversation: Any
        try:
            conversation = UNSET
            if not isinstance(self.conversation, Unset):
                conversation = self.conversation.to_dict()
        except (AttributeError, TypeError):
            conversation = self.conversation

        agent: Any
        try:
            agent = UNSET
            if not isinstance(self.agent, Unset):
                agent = self.agent.to_dict()
        except (AttributeError, TypeError):
            agent = self.agent

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_config_client_override_config_input = cls.__new__(cls)
        conversation_config_client_override_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_asr(cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]) -> Any:
    asr_raw = d.get("asr", UNSET)
    try:
        _asr = asr_raw
        asr: AsrConversationalConfigOverrideConfig | Unset
        if isinstance(_asr, Unset):
            asr = UNSET
        else:
            asr = AsrConversationalConfigOverrideConfig.from_dict(_asr)
    except (KeyError, TypeError, ValueError, AttributeError):
        asr = deviating_field(cls, "asr", asr_raw)

    return asr


def _read_turn(cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:
        _turn = turn_raw
        turn: TurnConfigOverrideConfig | Unset
        if isinstance(_turn, Unset):
            turn = UNSET
        else:
            turn = TurnConfigOverrideConfig.from_dict(_turn)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_tts(cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:
        _tts = tts_raw
        tts: TtsConversationalConfigOverrideConfig | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = TtsConversationalConfigOverrideConfig.from_dict(_tts)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_conversation(cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:
        _conversation = conversation_raw
        conversation: ConversationConfigOverrideConfig | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = ConversationConfigOverrideConfig.from_dict(_conversation)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_agent(cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]) -> Any:
    agent_raw = d.get("agent", UNSET)
    try:
        _agent = agent_raw
        agent: AgentConfigOverrideConfig | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = AgentConfigOverrideConfig.from_dict(_agent)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent = deviating_field(cls, "agent", agent_raw)

    return agent


_FIELDS: frozenset[str] = frozenset(
    (
        "asr",
        "turn",
        "tts",
        "conversation",
        "agent",
    )
)


def _read_additional_properties(
    cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationConfigClientOverrideConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "asr" in known:
        asr = known["asr"]
    else:
        asr = d.get("asr", UNSET)
        if asr is not UNSET:
            asr = _read_asr(cls, d)

    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET:
            turn = _read_turn(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET:
            tts = _read_tts(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET:
            conversation = _read_conversation(cls, d)

    if "agent" in known:
        agent = known["agent"]
    else:
        agent = d.get("agent", UNSET)
        if agent is not UNSET:
            agent = _read_agent(cls, d)

    return {
        "asr": asr,
        "turn": turn,
        "tts": tts,
        "conversation": conversation,
        "agent": agent,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationConfigClientOverrideConfigInput,
    _all_fields,
    {
        "asr": _read_asr,
        "turn": _read_turn,
        "tts": _read_tts,
        "conversation": _read_conversation,
        "agent": _read_agent,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_config import AgentConfigOverrideConfig
from ..models.asr_conversational_config_override_config import AsrConversationalConfigOverrideConfig
from ..models.conversation_config_override_config import ConversationConfigOverrideConfig
from ..models.tts_conversational_config_override_config import TtsConversationalConfigOverrideConfig
from ..models.turn_config_override_config import TurnConfigOverrideConfig
