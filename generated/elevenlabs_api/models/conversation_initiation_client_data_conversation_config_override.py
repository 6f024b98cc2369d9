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

T = TypeVar("T", bound="ConversationInitiationClientDataConversationConfigOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverride(Lazy):
    """Override settings for conversation behavior

    Attributes:
        agent (ConversationInitiationClientDataConversationConfigOverrideAgent | Unset): Configuration for the AI
            agent's behavior
        tts (ConversationInitiationClientDataConversationConfigOverrideTts | Unset): Text-to-speech configuration
    """

    agent: ConversationInitiationClientDataConversationConfigOverrideAgent | Unset = UNSET

    tts: ConversationInitiationClientDataConversationConfigOverrideTts | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent: Any
        try:
            agent = UNSET
            if not isinstance(self.agent, Unset):
                agent = self.agent.to_dict()
        except (AttributeError, TypeError):
            agent = self.agent

        tts: Any
        try:
            tts = UNSET
            if not isinstance(self.tts, Unset):
                tts = self.tts.to_dict()
        except (AttributeError, TypeError):
            tts = self.tts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent is not UNSET:
            field_dict["agent"] = agent
        if tts is not UNSET:
            field_dict["tts"] = tts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_conversation_config_override = cls.__new__(cls)
        conversation_initiation_client_data_conversation_config_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_conversation_config_override

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


def _read_agent(cls: type[ConversationInitiationClientDataConversationConfigOverride], d: Mapping[str, Any]) -> Any:
    agent_raw = d.get("agent", UNSET)
    try:
        _agent = agent_raw
        agent: ConversationInitiationClientDataConversationConfigOverrideAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ConversationInitiationClientDataConversationConfigOverrideAgent.from_dict(_agent)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent = deviating_field(cls, "agent", agent_raw)

    return agent


def _read_tts(cls: type[ConversationInitiationClientDataConversationConfigOverride], d: Mapping[str, Any]) -> Any:
    tts_raw = d.get("tts", UNSET)
    try:
        _tts = tts_raw
        tts: ConversationInitiationClientDataConversationConfigOverrideTts | Unset
        if isinstance(_tts, Unset):
            tts = UNSET
        else:
            tts = ConversationInitiationClientDataConversationConfigOverrideTts.from_dict(_tts)
    except (KeyError, TypeError, ValueError, AttributeError):
        tts = deviating_field(cls, "tts", tts_raw)

    return tts


_FIELDS: frozenset[str] = frozenset(
    (
        "agent",
        "tts",
    )
)


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataConversationConfigOverride], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataConversationConfigOverride],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "agent" in known:
        agent = known["agent"]
    else:
        agent = d.get("agent", UNSET)
        if agent is not UNSET:
            agent = _read_agent(cls, d)

    if "tts" in known:
        tts = known["tts"]
    else:
        tts = d.get("tts", UNSET)
        if tts is not UNSET:
            tts = _read_tts(cls, d)

    return {
        "agent": agent,
        "tts": tts,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataConversationConfigOverride,
    _all_fields,
    {
        "agent": _read_agent,
        "tts": _read_tts,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_initiation_client_data_conversation_config_override_agent import (
    ConversationInitiationClientDataConversationConfigOverrideAgent,
)
from ..models.conversation_initiation_client_data_conversation_config_override_tts import (
    ConversationInitiationClientDataConversationConfigOverrideTts,
)
