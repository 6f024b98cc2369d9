from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


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
