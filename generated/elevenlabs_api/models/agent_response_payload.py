from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentResponsePayload(Lazy, AdditionalProperties[Any]):
    """A chunk of the reply. A reply is one or more chunks with is_final false, then one with is_final true and empty
    content.

    Attributes:
        content: Text to speak, as the LLM produced it; empty on the final chunk.
        is_final: True on the chunk that ends the reply.
        event_id: The event_id of the transcript this replies to.
    """

    type_: Literal["agent_response"] = _attrs_field(
        default="agent_response",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentResponsePayload", "type", "agent_response"),
    )

    content: str

    is_final: bool

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("agent_response"), required=True),
        Field("content", "content", STR, required=True),
        Field("is_final", "is_final", BOOL, required=True),
        Field("event_id", "event_id", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentResponsePayload, type_="type")
