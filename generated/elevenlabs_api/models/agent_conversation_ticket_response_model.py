from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AgentConversationTicketIssueType,
    AgentConversationTicketSource,
    AgentConversationTicketStatus,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentConversationTicketResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentConversationTicketResponseModel(Lazy):
    """Attributes:
    agentqa_ticket_id (str):
    workspace_id (str):
    owner_user_id (str):
    agent_id (str):
    needs_clustering (bool):
    issue_type (AgentConversationTicketIssueType | None | str):
    labels (list[str]):
    conversation_ids (list[str]):
    first_seen_unix_secs (int | None):
    last_seen_unix_secs (int | None):
    qa_comment (None | str):
    ticket_comments (list[TicketCommentResponseModel]):
    turn_comments (list[TurnCommentResponseModel]):
    status (AgentConversationTicketStatus | str):
    source (AgentConversationTicketSource | str):
    assignee_user_id (None | str):
    created_at_unix_secs (int):
    updated_at_unix_secs (int):
    """

    agentqa_ticket_id: str

    workspace_id: str

    owner_user_id: str

    agent_id: str

    needs_clustering: bool

    issue_type: AgentConversationTicketIssueType | None | str = _attrs_field(default=None, kw_only=True)

    labels: list[str]

    conversation_ids: list[str]

    first_seen_unix_secs: int | None = _attrs_field(default=None, kw_only=True)

    last_seen_unix_secs: int | None = _attrs_field(default=None, kw_only=True)

    qa_comment: None | str = _attrs_field(default=None, kw_only=True)

    ticket_comments: list[TicketCommentResponseModel]

    turn_comments: list[TurnCommentResponseModel]

    status: AgentConversationTicketStatus | str

    source: AgentConversationTicketSource | str

    assignee_user_id: None | str = _attrs_field(default=None, kw_only=True)

    created_at_unix_secs: int

    updated_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agentqa_ticket_id",
        "workspace_id",
        "owner_user_id",
        "agent_id",
        "needs_clustering",
        "issue_type",
        "labels",
        "conversation_ids",
        "first_seen_unix_secs",
        "last_seen_unix_secs",
        "qa_comment",
        "ticket_comments",
        "turn_comments",
        "status",
        "source",
        "assignee_user_id",
        "created_at_unix_secs",
        "updated_at_unix_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agentqa_ticket_id = self.agentqa_ticket_id

        workspace_id = self.workspace_id

        owner_user_id = self.owner_user_id

        agent_id = self.agent_id

        needs_clustering = self.needs_clustering

        issue_type: Any
        try:
            if isinstance(self.issue_type, str):
                issue_type = self.issue_type
            else:
                issue_type = self.issue_type

        except (AttributeError, TypeError):
            issue_type = self.issue_type

        labels: Any
        try:
            labels = self.labels

        except (AttributeError, TypeError):
            labels = self.labels

        conversation_ids: Any
        try:
            conversation_ids = self.conversation_ids

        except (AttributeError, TypeError):
            conversation_ids = self.conversation_ids

        first_seen_unix_secs: Any
        try:
            first_seen_unix_secs = self.first_seen_unix_secs

        except (AttributeError, TypeError):
            first_seen_unix_secs = self.first_seen_unix_secs

        last_seen_unix_secs: Any
        try:
            last_seen_unix_secs = self.last_seen_unix_secs

        except (AttributeError, TypeError):
            last_seen_unix_secs = self.last_seen_unix_secs

        qa_comment: Any
        try:
            qa_comment = self.qa_comment

        except (AttributeError, TypeError):
            qa_comment = self.qa_comment

        ticket_comments: Any
        try:
            ticket_comments = []
            for ticket_comments_item_data in self.ticket_comments:
                ticket_comments_item = ticket_comments_item_data.to_dict()
                ticket_comments.append(ticket_comments_item)

        except (AttributeError, TypeError):
            ticket_comments = self.ticket_comments

        turn_comments: Any
        try:
            turn_comments = []
            for turn_comments_item_data in self.turn_comments:
                turn_comments_item = turn_comments_item_data.to_dict()
                turn_comments.append(turn_comments_item)

        except (AttributeError, TypeError):
            turn_comments = self.turn_comments

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        source: Any
        try:
            if isinstance(self.source, str):
                source = self.source
            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        assignee_user_id: Any
        try:
            assignee_user_id = self.assignee_user_id

        except (AttributeError, TypeError):
            assignee_user_id = self.assignee_user_id

        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agentqa_ticket_id is not None or "agentqa_ticket_id" not in self._missing_fields:
            field_dict["agentqa_ticket_id"] = agentqa_ticket_id
        if workspace_id is not None or "workspace_id" not in self._missing_fields:
            field_dict["workspace_id"] = workspace_id
        if owner_user_id is not None or "owner_user_id" not in self._missing_fields:
            field_dict["owner_user_id"] = owner_user_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if needs_clustering is not None or "needs_clustering" not in self._missing_fields:
            field_dict["needs_clustering"] = needs_clustering
        if issue_type is not None or "issue_type" not in self._missing_fields:
            field_dict["issue_type"] = issue_type
        if labels is not None or "labels" not in self._missing_fields:
            field_dict["labels"] = labels
        if conversation_ids is not None or "conversation_ids" not in self._missing_fields:
            field_dict["conversation_ids"] = conversation_ids
        if first_seen_unix_secs is not None or "first_seen_unix_secs" not in self._missing_fields:
            field_dict["first_seen_unix_secs"] = first_seen_unix_secs
        if last_seen_unix_secs is not None or "last_seen_unix_secs" not in self._missing_fields:
            field_dict["last_seen_unix_secs"] = last_seen_unix_secs
        if qa_comment is not None or "qa_comment" not in self._missing_fields:
            field_dict["qa_comment"] = qa_comment
        if ticket_comments is not None or "ticket_comments" not in self._missing_fields:
            field_dict["ticket_comments"] = ticket_comments
        if turn_comments is not None or "turn_comments" not in self._missing_fields:
            field_dict["turn_comments"] = turn_comments
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if source is not None or "source" not in self._missing_fields:
            field_dict["source"] = source
        if assignee_user_id is not None or "assignee_user_id" not in self._missing_fields:
            field_dict["assignee_user_id"] = assignee_user_id
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if updated_at_unix_secs is not None or "updated_at_unix_secs" not in self._missing_fields:
            field_dict["updated_at_unix_secs"] = updated_at_unix_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_conversation_ticket_response_model = cls.__new__(cls)
        agent_conversation_ticket_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_conversation_ticket_response_model

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


_read_agentqa_ticket_id = plain_reader("agentqa_ticket_id", (str,), "a string", True)

_read_workspace_id = plain_reader("workspace_id", (str,), "a string", True)

_read_owner_user_id = plain_reader("owner_user_id", (str,), "a string", True)

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_needs_clustering = plain_reader("needs_clustering", (bool,), "a boolean", True)

_read_issue_type = plain_reader(
    "issue_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    True,
)

_read_labels = plain_reader("labels", (list,), "an array", True, ((str,), "a string"))

_read_conversation_ids = plain_reader("conversation_ids", (list,), "an array", True, ((str,), "a string"))

_read_first_seen_unix_secs = plain_reader(
    "first_seen_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    True,
)

_read_last_seen_unix_secs = plain_reader(
    "last_seen_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    True,
)

_read_qa_comment = plain_reader(
    "qa_comment",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


def _read_ticket_comments(cls: type[AgentConversationTicketResponseModel], d: Mapping[str, Any]) -> Any:
    ticket_comments_raw = d.get("ticket_comments", MISSING)
    if ticket_comments_raw is MISSING:
        ticket_comments = missing_field(cls, "ticket_comments")
    else:
        try:
            expect_array("ticket_comments", ticket_comments_raw)
            ticket_comments = []
            _ticket_comments = ticket_comments_raw
            for ticket_comments_item_data in _ticket_comments:
                ticket_comments_item = TicketCommentResponseModel.from_dict(ticket_comments_item_data)

                ticket_comments.append(ticket_comments_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            ticket_comments = deviating_field(cls, "ticket_comments", ticket_comments_raw)

    return ticket_comments


def _read_turn_comments(cls: type[AgentConversationTicketResponseModel], d: Mapping[str, Any]) -> Any:
    turn_comments_raw = d.get("turn_comments", MISSING)
    if turn_comments_raw is MISSING:
        turn_comments = missing_field(cls, "turn_comments")
    else:
        try:
            expect_array("turn_comments", turn_comments_raw)
            turn_comments = []
            _turn_comments = turn_comments_raw
            for turn_comments_item_data in _turn_comments:
                turn_comments_item = TurnCommentResponseModel.from_dict(turn_comments_item_data)

                turn_comments.append(turn_comments_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            turn_comments = deviating_field(cls, "turn_comments", turn_comments_raw)

    return turn_comments


_read_status = plain_reader("status", (str,), "a string", True)

_read_source = plain_reader("source", (str,), "a string", True)

_read_assignee_user_id = plain_reader(
    "assignee_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_updated_at_unix_secs = plain_reader("updated_at_unix_secs", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "agentqa_ticket_id",
        "workspace_id",
        "owner_user_id",
        "agent_id",
        "needs_clustering",
        "issue_type",
        "labels",
        "conversation_ids",
        "first_seen_unix_secs",
        "last_seen_unix_secs",
        "qa_comment",
        "ticket_comments",
        "turn_comments",
        "status",
        "source",
        "assignee_user_id",
        "created_at_unix_secs",
        "updated_at_unix_secs",
    )
)


def _read_additional_properties(
    cls: type[AgentConversationTicketResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentConversationTicketResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agentqa_ticket_id = d.get("agentqa_ticket_id", MISSING)
    if agentqa_ticket_id.__class__ is not str:
        agentqa_ticket_id = _read_agentqa_ticket_id(cls, d)

    workspace_id = d.get("workspace_id", MISSING)
    if workspace_id.__class__ is not str:
        workspace_id = _read_workspace_id(cls, d)

    owner_user_id = d.get("owner_user_id", MISSING)
    if owner_user_id.__class__ is not str:
        owner_user_id = _read_owner_user_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    needs_clustering = d.get("needs_clustering", MISSING)
    if needs_clustering.__class__ is not bool:
        needs_clustering = _read_needs_clustering(cls, d)

    issue_type = d.get("issue_type", MISSING)
    if issue_type is not None and issue_type.__class__ is not str:
        issue_type = _read_issue_type(cls, d)

    labels = d.get("labels", MISSING)
    if labels.__class__ is not list:
        labels = _read_labels(cls, d)
    elif labels.__class__ is list and labels:
        check_items(cls, "labels", labels, (str,), "a string")

    conversation_ids = d.get("conversation_ids", MISSING)
    if conversation_ids.__class__ is not list:
        conversation_ids = _read_conversation_ids(cls, d)
    elif conversation_ids.__class__ is list and conversation_ids:
        check_items(cls, "conversation_ids", conversation_ids, (str,), "a string")

    first_seen_unix_secs = d.get("first_seen_unix_secs", MISSING)
    if first_seen_unix_secs.__class__ is not int and first_seen_unix_secs is not None:
        first_seen_unix_secs = _read_first_seen_unix_secs(cls, d)

    last_seen_unix_secs = d.get("last_seen_unix_secs", MISSING)
    if last_seen_unix_secs.__class__ is not int and last_seen_unix_secs is not None:
        last_seen_unix_secs = _read_last_seen_unix_secs(cls, d)

    qa_comment = d.get("qa_comment", MISSING)
    if qa_comment.__class__ is not str and qa_comment is not None:
        qa_comment = _read_qa_comment(cls, d)

    if "ticket_comments" in known:
        ticket_comments = known["ticket_comments"]
    else:
        ticket_comments = _read_ticket_comments(cls, d)

    if "turn_comments" in known:
        turn_comments = known["turn_comments"]
    else:
        turn_comments = _read_turn_comments(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    source = d.get("source", MISSING)
    if source.__class__ is not str:
        source = _read_source(cls, d)

    assignee_user_id = d.get("assignee_user_id", MISSING)
    if assignee_user_id.__class__ is not str and assignee_user_id is not None:
        assignee_user_id = _read_assignee_user_id(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    updated_at_unix_secs = d.get("updated_at_unix_secs", MISSING)
    if updated_at_unix_secs.__class__ is not int:
        updated_at_unix_secs = _read_updated_at_unix_secs(cls, d)

    return {
        "agentqa_ticket_id": agentqa_ticket_id,
        "workspace_id": workspace_id,
        "owner_user_id": owner_user_id,
        "agent_id": agent_id,
        "needs_clustering": needs_clustering,
        "issue_type": issue_type,
        "labels": labels,
        "conversation_ids": conversation_ids,
        "first_seen_unix_secs": first_seen_unix_secs,
        "last_seen_unix_secs": last_seen_unix_secs,
        "qa_comment": qa_comment,
        "ticket_comments": ticket_comments,
        "turn_comments": turn_comments,
        "status": status,
        "source": source,
        "assignee_user_id": assignee_user_id,
        "created_at_unix_secs": created_at_unix_secs,
        "updated_at_unix_secs": updated_at_unix_secs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentConversationTicketResponseModel,
    _all_fields,
    {
        "agentqa_ticket_id": _read_agentqa_ticket_id,
        "workspace_id": _read_workspace_id,
        "owner_user_id": _read_owner_user_id,
        "agent_id": _read_agent_id,
        "needs_clustering": _read_needs_clustering,
        "issue_type": _read_issue_type,
        "labels": _read_labels,
        "conversation_ids": _read_conversation_ids,
        "first_seen_unix_secs": _read_first_seen_unix_secs,
        "last_seen_unix_secs": _read_last_seen_unix_secs,
        "qa_comment": _read_qa_comment,
        "ticket_comments": _read_ticket_comments,
        "turn_comments": _read_turn_comments,
        "status": _read_status,
        "source": _read_source,
        "assignee_user_id": _read_assignee_user_id,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "updated_at_unix_secs": _read_updated_at_unix_secs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ticket_comment_response_model import TicketCommentResponseModel
from ..models.turn_comment_response_model import TurnCommentResponseModel
