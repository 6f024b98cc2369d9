from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class CreateAgentConversationTicketRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    conversation_id: Conversation this ticket is about.
    qa_comment: The QA finding covering the whole conversation.
    turn_comments: Optional turn-level comments on what went wrong.
    """

    conversation_id: str

    qa_comment: None | str | Unset = UNSET

    turn_comments: list[TurnCommentRequestModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("qa_comment", "qa_comment", union(STR, NULL)),
        Field("turn_comments", "turn_comments", list_of(object_of("TurnCommentRequestModel"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TurnCommentRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    turn_index: Zero-based index of the transcript turn this comment refers to.
    comment: What went wrong at this turn.
    """

    turn_index: int

    comment: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn_index", "turn_index", INT, required=True),
        Field("comment", "comment", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
