from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentResponse(Lazy):
    """Schema for AI agent's text responses

    Attributes:
        type_ (Literal['agent_response']):
        agent_response_event (AgentResponseAgentResponseEvent | Unset): Agent response event data
    """

    type_: Literal["agent_response"] = _attrs_field(
        default="agent_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentResponse", "type", "agent_response"),
    )

    agent_response_event: AgentResponseAgentResponseEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "agent_response")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        agent_response_event: Any
        try:
            agent_response_event = UNSET
            if not isinstance(self.agent_response_event, Unset):
                agent_response_event = self.agent_response_event.to_dict()
        except (AttributeError, TypeError):
            agent_response_event = self.agent_response_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if agent_response_event is not UNSET:
            field_dict["agent_response_event"] = agent_response_event
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_response = cls.__new__(cls)
        agent_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_response

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


def _read_type_(cls: type[AgentResponse], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["agent_response"], type__raw)
    if type_ != "agent_response":
        raise ValueError(f"type must match const 'agent_response', got '{type_}'")

    return type_


def _read_agent_response_event(cls: type[AgentResponse], d: Mapping[str, Any]) -> Any:
    agent_response_event_raw = d.get("agent_response_event", UNSET)
    try:
        _agent_response_event = agent_response_event_raw
        agent_response_event: AgentResponseAgentResponseEvent | Unset
        if isinstance(_agent_response_event, Unset):
            agent_response_event = UNSET
        else:
            agent_response_event = AgentResponseAgentResponseEvent.from_dict(_agent_response_event)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_response_event = deviating_field(cls, "agent_response_event", agent_response_event_raw)

    return agent_response_event


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "agent_response_event",
    )
)


def _read_additional_properties(cls: type[AgentResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "agent_response_event" in known:
        agent_response_event = known["agent_response_event"]
    else:
        agent_response_event = d.get("agent_response_event", UNSET)
        if agent_response_event is not UNSET:
            agent_response_event = _read_agent_response_event(cls, d)

    return {
        "type_": type_,
        "agent_response_event": agent_response_event,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentResponse, type_="type")

set_readers(
    AgentResponse,
    _all_fields,
    {
        "type_": _read_type_,
        "agent_response_event": _read_agent_response_event,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_response_agent_response_event import AgentResponseAgentResponseEvent
