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

T = TypeVar("T", bound="AgentToolResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentToolResponse(Lazy):
    """A tool the agent ran (a server tool, a system tool or a client tool).

    Attributes:
        type_ (Literal['agent_tool_response']):
        agent_tool_response (AgentToolResponseAgentToolResponse | Unset): The tool and how it went.
    """

    type_: Literal["agent_tool_response"] = _attrs_field(
        default="agent_tool_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentToolResponse", "type", "agent_tool_response"),
    )

    agent_tool_response: AgentToolResponseAgentToolResponse | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "agent_tool_response")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        agent_tool_response: Any
        try:
            agent_tool_response = UNSET
            if not isinstance(self.agent_tool_response, Unset):
                agent_tool_response = self.agent_tool_response.to_dict()
        except (AttributeError, TypeError):
            agent_tool_response = self.agent_tool_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if agent_tool_response is not UNSET:
            field_dict["agent_tool_response"] = agent_tool_response
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_tool_response = cls.__new__(cls)
        agent_tool_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_tool_response

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


def _read_type_(cls: type[AgentToolResponse], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["agent_tool_response"], type__raw)
    if type_ != "agent_tool_response":
        raise ValueError(f"type must match const 'agent_tool_response', got '{type_}'")

    return type_


def _read_agent_tool_response(cls: type[AgentToolResponse], d: Mapping[str, Any]) -> Any:
    agent_tool_response_raw = d.get("agent_tool_response", UNSET)
    try:
        _agent_tool_response = agent_tool_response_raw
        agent_tool_response: AgentToolResponseAgentToolResponse | Unset
        if isinstance(_agent_tool_response, Unset):
            agent_tool_response = UNSET
        else:
            agent_tool_response = AgentToolResponseAgentToolResponse.from_dict(_agent_tool_response)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_tool_response = deviating_field(cls, "agent_tool_response", agent_tool_response_raw)

    return agent_tool_response


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "agent_tool_response",
    )
)


def _read_additional_properties(cls: type[AgentToolResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentToolResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "agent_tool_response" in known:
        agent_tool_response = known["agent_tool_response"]
    else:
        agent_tool_response = d.get("agent_tool_response", UNSET)
        if agent_tool_response is not UNSET:
            agent_tool_response = _read_agent_tool_response(cls, d)

    return {
        "type_": type_,
        "agent_tool_response": agent_tool_response,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentToolResponse, type_="type")

set_readers(
    AgentToolResponse,
    _all_fields,
    {
        "type_": _read_type_,
        "agent_tool_response": _read_agent_tool_response,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_tool_response_agent_tool_response import AgentToolResponseAgentToolResponse
