from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, literal, object_of
from ..models._literals import AgentChatResponsePartType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentChatResponsePart(Lazy, AdditionalProperties[Any]):
    """A streamed part of the agent's text response.

    Attributes:
        text_response_part: The part.
    """

    type_: Literal["agent_chat_response_part"] = _attrs_field(
        default="agent_chat_response_part",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentChatResponsePart", "type", "agent_chat_response_part"),
    )

    text_response_part: AgentChatResponsePartTextResponsePart | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("agent_chat_response_part"), required=True),
        Field("text_response_part", "text_response_part", object_of("AgentChatResponsePartTextResponsePart")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentChatResponsePart, type_="type")


@_attrs_define(slots=False)
class AgentChatResponsePartTextResponsePart(Lazy, AdditionalProperties[Any]):
    """The part.

    Attributes:
        text: The text this part adds (empty for start and stop).
        type_: Whether a part starts the response, continues it, or ends it.
    """

    text: str | Unset = UNSET

    type_: AgentChatResponsePartType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR),
        Field("type_", "type", literal("AgentChatResponsePartType")),
        Field("additional_properties", None, dict_of(ANY)),
    )
