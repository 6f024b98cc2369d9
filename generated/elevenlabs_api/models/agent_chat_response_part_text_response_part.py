from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentChatResponsePartType
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
)


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
