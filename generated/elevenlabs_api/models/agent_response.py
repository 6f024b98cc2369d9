from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentResponse(Lazy, AdditionalProperties[Any]):
    """Schema for AI agent's text responses

    Attributes:
        agent_response_event: Agent response event data
    """

    type_: Literal["agent_response"] = _attrs_field(
        default="agent_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentResponse", "type", "agent_response"),
    )

    agent_response_event: AgentResponseAgentResponseEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("agent_response"), required=True),
        Field("agent_response_event", "agent_response_event", object_of("AgentResponseAgentResponseEvent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentResponse, type_="type")


@_attrs_define(slots=False)
class AgentResponseAgentResponseEvent(Lazy, AdditionalProperties[Any]):
    """Agent response event data

    Attributes:
        agent_response: Text content of the agent's response.
    """

    agent_response: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_response", "agent_response", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
