from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CreateAgentConversationTicketRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreateAgentConversationTicketRequestModel(Lazy):
    """Attributes:
    conversation_id (str): Conversation this ticket is about.
    qa_comment (None | str | Unset): The QA finding covering the whole conversation.
    turn_comments (list[TurnCommentRequestModel] | Unset): Optional turn-level comments on what went wrong.
    """

    conversation_id: str

    qa_comment: None | str | Unset = UNSET

    turn_comments: list[TurnCommentRequestModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("conversation_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        qa_comment: Any
        try:
            qa_comment = self.qa_comment

        except (AttributeError, TypeError):
            qa_comment = self.qa_comment

        turn_comments: Any
        try:
            turn_comments = UNSET
            if not isinstance(self.turn_comments, Unset):
                turn_comments = []
                for turn_comments_item_data in self.turn_comments:
                    turn_comments_item = turn_comments_item_data.to_dict()
                    turn_comments.append(turn_comments_item)

        except (AttributeError, TypeError):
            turn_comments = self.turn_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if qa_comment is not UNSET:
            field_dict["qa_comment"] = qa_comment
        if turn_comments is not UNSET:
            field_dict["turn_comments"] = turn_comments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        create_agent_conversation_ticket_request_model = cls.__new__(cls)
        create_agent_conversation_ticket_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return create_agent_conversation_ticket_request_model

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


_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_qa_comment = plain_reader(
    "qa_comment",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_turn_comments(cls: type[CreateAgentConversationTicketRequestModel], d: Mapping[str, Any]) -> Any:
    turn_comments_raw = d.get("turn_comments", UNSET)
    try:
        expect_array("turn_comments", turn_comments_raw)
        _turn_comments = turn_comments_raw
        turn_comments: list[TurnCommentRequestModel] | Unset = UNSET
        if _turn_comments is not UNSET:
            turn_comments = []
            for turn_comments_item_data in _turn_comments:
                turn_comments_item = TurnCommentRequestModel.from_dict(turn_comments_item_data)

                turn_comments.append(turn_comments_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        turn_comments = deviating_field(cls, "turn_comments", turn_comments_raw)

    return turn_comments


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "qa_comment",
        "turn_comments",
    )
)


def _read_additional_properties(
    cls: type[CreateAgentConversationTicketRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CreateAgentConversationTicketRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    qa_comment = d.get("qa_comment", UNSET)
    if qa_comment.__class__ is not str and qa_comment is not None and qa_comment is not UNSET:
        qa_comment = _read_qa_comment(cls, d)

    if "turn_comments" in known:
        turn_comments = known["turn_comments"]
    else:
        turn_comments = d.get("turn_comments", UNSET)
        if turn_comments is not UNSET:
            turn_comments = _read_turn_comments(cls, d)

    return {
        "conversation_id": conversation_id,
        "qa_comment": qa_comment,
        "turn_comments": turn_comments,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CreateAgentConversationTicketRequestModel,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "qa_comment": _read_qa_comment,
        "turn_comments": _read_turn_comments,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.turn_comment_request_model import TurnCommentRequestModel
