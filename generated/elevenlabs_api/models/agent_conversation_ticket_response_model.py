from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_conversation_ticket_issue_type import (
    AgentConversationTicketIssueType,
)
from ..models.agent_conversation_ticket_source import (
    AgentConversationTicketSource,
)
from ..models.agent_conversation_ticket_status import (
    AgentConversationTicketStatus,
)
from ..types import (
    MISSING,
    check_items,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentConversationTicketResponseModel")


@_attrs_define
class AgentConversationTicketResponseModel:
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

    issue_type: AgentConversationTicketIssueType | None | str

    labels: list[str]

    conversation_ids: list[str]

    first_seen_unix_secs: int | None

    last_seen_unix_secs: int | None

    qa_comment: None | str

    ticket_comments: list[TicketCommentResponseModel]

    turn_comments: list[TurnCommentResponseModel]

    status: AgentConversationTicketStatus | str

    source: AgentConversationTicketSource | str

    assignee_user_id: None | str

    created_at_unix_secs: int

    updated_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        agentqa_ticket_id = d.pop("agentqa_ticket_id", MISSING)
        if agentqa_ticket_id.__class__ is not str:
            if agentqa_ticket_id is MISSING:
                agentqa_ticket_id = missing_field(cls, "agentqa_ticket_id")
                _missing += ("agentqa_ticket_id",)
            else:
                agentqa_ticket_id = unexpected_type(cls, "agentqa_ticket_id", agentqa_ticket_id, "a string")

        workspace_id = d.pop("workspace_id", MISSING)
        if workspace_id.__class__ is not str:
            if workspace_id is MISSING:
                workspace_id = missing_field(cls, "workspace_id")
                _missing += ("workspace_id",)
            else:
                workspace_id = unexpected_type(cls, "workspace_id", workspace_id, "a string")

        owner_user_id = d.pop("owner_user_id", MISSING)
        if owner_user_id.__class__ is not str:
            if owner_user_id is MISSING:
                owner_user_id = missing_field(cls, "owner_user_id")
                _missing += ("owner_user_id",)
            else:
                owner_user_id = unexpected_type(cls, "owner_user_id", owner_user_id, "a string")

        agent_id = d.pop("agent_id", MISSING)
        if agent_id.__class__ is not str:
            if agent_id is MISSING:
                agent_id = missing_field(cls, "agent_id")
                _missing += ("agent_id",)
            else:
                agent_id = unexpected_type(cls, "agent_id", agent_id, "a string")

        needs_clustering = d.pop("needs_clustering", MISSING)
        if needs_clustering.__class__ is not bool:
            if needs_clustering is MISSING:
                needs_clustering = missing_field(cls, "needs_clustering")
                _missing += ("needs_clustering",)
            else:
                needs_clustering = unexpected_type(cls, "needs_clustering", needs_clustering, "a boolean")

        issue_type = d.pop("issue_type", MISSING)
        if issue_type is not None and issue_type.__class__ is not str:
            if issue_type is MISSING:
                issue_type = missing_field(cls, "issue_type")
                _missing += ("issue_type",)
            else:
                issue_type = unexpected_type(cls, "issue_type", issue_type, "null or a string")

        labels = d.pop("labels", MISSING)
        if labels.__class__ is not list:
            if labels is MISSING:
                labels = missing_field(cls, "labels")
                _missing += ("labels",)
            else:
                labels = unexpected_type(cls, "labels", labels, "an array")
        elif labels.__class__ is list and labels:
            check_items(cls, "labels", labels, (str,), "a string")

        conversation_ids = d.pop("conversation_ids", MISSING)
        if conversation_ids.__class__ is not list:
            if conversation_ids is MISSING:
                conversation_ids = missing_field(cls, "conversation_ids")
                _missing += ("conversation_ids",)
            else:
                conversation_ids = unexpected_type(cls, "conversation_ids", conversation_ids, "an array")
        elif conversation_ids.__class__ is list and conversation_ids:
            check_items(cls, "conversation_ids", conversation_ids, (str,), "a string")

        first_seen_unix_secs = d.pop("first_seen_unix_secs", MISSING)
        if first_seen_unix_secs.__class__ is not int and first_seen_unix_secs is not None:
            if first_seen_unix_secs is MISSING:
                first_seen_unix_secs = missing_field(cls, "first_seen_unix_secs")
                _missing += ("first_seen_unix_secs",)
            else:
                first_seen_unix_secs = unexpected_type(
                    cls, "first_seen_unix_secs", first_seen_unix_secs, "an integer or null"
                )

        last_seen_unix_secs = d.pop("last_seen_unix_secs", MISSING)
        if last_seen_unix_secs.__class__ is not int and last_seen_unix_secs is not None:
            if last_seen_unix_secs is MISSING:
                last_seen_unix_secs = missing_field(cls, "last_seen_unix_secs")
                _missing += ("last_seen_unix_secs",)
            else:
                last_seen_unix_secs = unexpected_type(
                    cls, "last_seen_unix_secs", last_seen_unix_secs, "an integer or null"
                )

        qa_comment = d.pop("qa_comment", MISSING)
        if qa_comment.__class__ is not str and qa_comment is not None:
            if qa_comment is MISSING:
                qa_comment = missing_field(cls, "qa_comment")
                _missing += ("qa_comment",)
            else:
                qa_comment = unexpected_type(cls, "qa_comment", qa_comment, "a string or null")

        ticket_comments_raw = d.pop("ticket_comments", MISSING)
        if ticket_comments_raw is MISSING:
            ticket_comments = missing_field(cls, "ticket_comments")
            _missing += ("ticket_comments",)
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

        turn_comments_raw = d.pop("turn_comments", MISSING)
        if turn_comments_raw is MISSING:
            turn_comments = missing_field(cls, "turn_comments")
            _missing += ("turn_comments",)
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

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        source = d.pop("source", MISSING)
        if source.__class__ is not str:
            if source is MISSING:
                source = missing_field(cls, "source")
                _missing += ("source",)
            else:
                source = unexpected_type(cls, "source", source, "a string")

        assignee_user_id = d.pop("assignee_user_id", MISSING)
        if assignee_user_id.__class__ is not str and assignee_user_id is not None:
            if assignee_user_id is MISSING:
                assignee_user_id = missing_field(cls, "assignee_user_id")
                _missing += ("assignee_user_id",)
            else:
                assignee_user_id = unexpected_type(cls, "assignee_user_id", assignee_user_id, "a string or null")

        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        updated_at_unix_secs = d.pop("updated_at_unix_secs", MISSING)
        if updated_at_unix_secs.__class__ is not int:
            if updated_at_unix_secs is MISSING:
                updated_at_unix_secs = missing_field(cls, "updated_at_unix_secs")
                _missing += ("updated_at_unix_secs",)
            else:
                updated_at_unix_secs = unexpected_type(cls, "updated_at_unix_secs", updated_at_unix_secs, "an integer")

        agent_conversation_ticket_response_model = cls(
            agentqa_ticket_id=agentqa_ticket_id,
            workspace_id=workspace_id,
            owner_user_id=owner_user_id,
            agent_id=agent_id,
            needs_clustering=needs_clustering,
            issue_type=issue_type,
            labels=labels,
            conversation_ids=conversation_ids,
            first_seen_unix_secs=first_seen_unix_secs,
            last_seen_unix_secs=last_seen_unix_secs,
            qa_comment=qa_comment,
            ticket_comments=ticket_comments,
            turn_comments=turn_comments,
            status=status,
            source=source,
            assignee_user_id=assignee_user_id,
            created_at_unix_secs=created_at_unix_secs,
            updated_at_unix_secs=updated_at_unix_secs,
        )
        if _missing:
            agent_conversation_ticket_response_model._missing_fields = _missing
        agent_conversation_ticket_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.ticket_comment_response_model import TicketCommentResponseModel
from ..models.turn_comment_response_model import TurnCommentResponseModel
