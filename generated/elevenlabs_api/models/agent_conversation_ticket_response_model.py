from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

    def to_dict(self) -> dict[str, Any]:
        agentqa_ticket_id = self.agentqa_ticket_id

        workspace_id = self.workspace_id

        owner_user_id = self.owner_user_id

        agent_id = self.agent_id

        needs_clustering = self.needs_clustering

        issue_type: None | str
        if isinstance(self.issue_type, str):
            issue_type = self.issue_type
        else:
            issue_type = self.issue_type

        labels = self.labels

        conversation_ids = self.conversation_ids

        first_seen_unix_secs: int | None = self.first_seen_unix_secs

        last_seen_unix_secs: int | None = self.last_seen_unix_secs

        qa_comment: None | str = self.qa_comment

        ticket_comments = []
        for ticket_comments_item_data in self.ticket_comments:
            ticket_comments_item = ticket_comments_item_data.to_dict()
            ticket_comments.append(ticket_comments_item)

        turn_comments = []
        for turn_comments_item_data in self.turn_comments:
            turn_comments_item = turn_comments_item_data.to_dict()
            turn_comments.append(turn_comments_item)

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        source: str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        assignee_user_id: None | str = self.assignee_user_id

        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["agentqa_ticket_id"] = agentqa_ticket_id
        field_dict["workspace_id"] = workspace_id
        field_dict["owner_user_id"] = owner_user_id
        field_dict["agent_id"] = agent_id
        field_dict["needs_clustering"] = needs_clustering
        field_dict["issue_type"] = issue_type
        field_dict["labels"] = labels
        field_dict["conversation_ids"] = conversation_ids
        field_dict["first_seen_unix_secs"] = first_seen_unix_secs
        field_dict["last_seen_unix_secs"] = last_seen_unix_secs
        field_dict["qa_comment"] = qa_comment
        field_dict["ticket_comments"] = ticket_comments
        field_dict["turn_comments"] = turn_comments
        field_dict["status"] = status
        field_dict["source"] = source
        field_dict["assignee_user_id"] = assignee_user_id
        field_dict["created_at_unix_secs"] = created_at_unix_secs
        field_dict["updated_at_unix_secs"] = updated_at_unix_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agentqa_ticket_id = d.pop("agentqa_ticket_id")

        workspace_id = d.pop("workspace_id")

        owner_user_id = d.pop("owner_user_id")

        agent_id = d.pop("agent_id")

        needs_clustering = d.pop("needs_clustering")

        issue_type = d.pop("issue_type")

        labels = cast(list[str], d.pop("labels"))

        conversation_ids = cast(list[str], d.pop("conversation_ids"))

        first_seen_unix_secs = d.pop("first_seen_unix_secs")

        last_seen_unix_secs = d.pop("last_seen_unix_secs")

        qa_comment = d.pop("qa_comment")

        ticket_comments = []
        _ticket_comments = d.pop("ticket_comments")
        for ticket_comments_item_data in _ticket_comments:
            ticket_comments_item = TicketCommentResponseModel.from_dict(ticket_comments_item_data)

            ticket_comments.append(ticket_comments_item)

        turn_comments = []
        _turn_comments = d.pop("turn_comments")
        for turn_comments_item_data in _turn_comments:
            turn_comments_item = TurnCommentResponseModel.from_dict(turn_comments_item_data)

            turn_comments.append(turn_comments_item)

        status = d.pop("status")

        source = d.pop("source")

        assignee_user_id = d.pop("assignee_user_id")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        updated_at_unix_secs = d.pop("updated_at_unix_secs")

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
