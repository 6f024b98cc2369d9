from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, BOOL, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentToolResponse(Lazy, AdditionalProperties[Any]):
    """A tool the agent ran (a server tool, a system tool or a client tool).

    Attributes:
        agent_tool_response: The tool and how it went.
    """

    type_: Literal["agent_tool_response"] = _attrs_field(
        default="agent_tool_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentToolResponse", "type", "agent_tool_response"),
    )

    agent_tool_response: AgentToolResponseAgentToolResponse | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("agent_tool_response"), required=True),
        Field("agent_tool_response", "agent_tool_response", object_of("AgentToolResponseAgentToolResponse")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentToolResponse, type_="type")


@_attrs_define(slots=False)
class AgentToolResponseAgentToolResponse(Lazy, AdditionalProperties[Any]):
    """The tool and how it went.

    Attributes:
        tool_name: The tool's name.
        tool_call_id: The identifier of this call.
        tool_type: What kind of tool it is (for example client, webhook or system).
        is_error: Whether the tool failed.
    """

    tool_name: str | Unset = UNSET

    tool_call_id: str | Unset = UNSET

    tool_type: str | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR),
        Field("tool_call_id", "tool_call_id", STR),
        Field("tool_type", "tool_type", STR),
        Field("is_error", "is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
