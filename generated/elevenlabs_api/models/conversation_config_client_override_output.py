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

T = TypeVar("T", bound="ConversationConfigClientOverrideOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationConfigClientOverrideOutput(Lazy):
    """Attributes:
    turn (None | TurnConfigOverride | Unset): Configuration for turn detection
    tts (None | TtsConversationalConfigOverride | Unset): Configuration for conversational text to speech
    conversation (ConversationConfigOverride | None | Unset): Configuration for conversational events
    agent (AgentConfigOverrideOutput | None | Unset): Agent specific configuration
    """

    turn: None | TurnConfigOverride | Unset = UNSET

    tts: None | TtsConversationalConfigOverride | Unset = UNSET

    conversation: ConversationConfigOverride | None | Unset = UNSET

    agent: AgentConfigOverrideOutput | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        turn: Any
        try:
            if isinstance(self.turn, Unset):
                turn = UNSET
            elif isinstance(self.turn, TurnConfigOverride):
                turn = self.turn.to_dict()
            else:
                turn = self.turn

        except (AttributeError, TypeError):
            turn = self.turn

        tts: Any
        try:
            if isinstance(self.tts, Unset):
                tts = UNSET
            elif isinstance(self.tts, TtsConversationalConfigOverride):
                tts = self.tts.to_dict()
            else:
                tts = self.tts

        except (AttributeError, TypeError):
            tts = self.tts

        conversation: Any
        try:
            if isinstance(self.conversation, Unset):
                conversation = UNSET
            elif isinstance(self.conversation, ConversationConfigOverride):
                conversation = self.conversation.to_dict()
            else:
                conversation = self.conversation

        except (AttributeError, TypeError):
            conversation = self.conversation

        agent: Any
        try:
            if isinstance(self.agent, Unset):
                agent = UNSET
            elif isinstance(self.agent, AgentConfigOverrideOutput):
                agent = self.agent.to_dict()
            else:
                agent = self.agent

        except (AttributeError, TypeError):
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        conversation_config_client_override_output = cls.__new__(cls)
        conversation_config_client_override_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_config_client_override_output

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


def _read_turn(cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any]) -> Any:
    turn_raw = d.get("turn", UNSET)
    try:

        def _parse_turn(data: object) -> None | TurnConfigOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            turn_type_0 = TurnConfigOverride.from_dict(data)

            return turn_type_0

        turn = _parse_turn(turn_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn = deviating_field(cls, "turn", turn_raw)

    return turn


def _read_tts(cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:

        def _parse_tts(data: object) -> None | TtsConversationalConfigOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            tts_type_0 = TtsConversationalConfigOverride.from_dict(data)

            return tts_type_0

        tts = _parse_tts(tts_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


def _read_conversation(cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any]) -> Any:
    conversation_raw = d.get("conversation", UNSET)
    try:

        def _parse_conversation(data: object) -> ConversationConfigOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            conversation_type_0 = ConversationConfigOverride.from_dict(data)

            return conversation_type_0

        conversation = _parse_conversation(conversation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation = deviating_field(cls, "conversation", conversation_raw)

    return conversation


def _read_agent(cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any]) -> Any:
    agent_raw = d.get("agent", UNSET)
    try:

        def _parse_agent(data: object) -> AgentConfigOverrideOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            agent_type_0 = AgentConfigOverrideOutput.from_dict(data)

            return agent_type_0

        agent = _parse_agent(agent_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent = deviating_field(cls, "agent", agent_raw)

    return agent


_FIELDS: frozenset[str] = frozenset(
    (
        "turn",
        "tts",
        "conversation",
        "agent",
    )
)


def _read_additional_properties(
    cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationConfigClientOverrideOutput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "turn" in known:
        turn = known["turn"]
    else:
        turn = d.get("turn", UNSET)
        if turn is not UNSET and turn is not None:
            turn = _read_turn(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET and tts is not None:
            tts = _read_tts(cls, d)

    if "conversation" in known:
        conversation = known["conversation"]
    else:
        conversation = d.get("conversation", UNSET)
        if conversation is not UNSET and conversation is not None:
            conversation = _read_conversation(cls, d)

    if "agent" in known:
        agent = known["agent"]
    else:
        agent = d.get("agent", UNSET)
        if agent is not UNSET and agent is not None:
            agent = _read_agent(cls, d)

    return {
        "turn": turn,
        "tts": tts,
        "conversation": conversation,
        "agent": agent,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationConfigClientOverrideOutput,
    _all_fields,
    {
        "turn": _read_turn,
        "tts": _read_tts,
        "conversation": _read_conversation,
        "agent": _read_agent,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_config_override_output import AgentConfigOverrideOutput
from ..models.conversation_config_override import ConversationConfigOverride
from ..models.tts_conversational_config_override import TtsConversationalConfigOverride
from ..models.turn_config_override import TurnConfigOverride
