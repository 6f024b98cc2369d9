from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    AgentConversationTicketIssueType,
    AgentConversationTicketSource,
    AgentConversationTicketStatus,
)


@_attrs_define(slots=False)
class AgentConversationTicketResponseModel(Lazy, AdditionalProperties[Any]):
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agentqa_ticket_id", "agentqa_ticket_id", STR, required=True),
        Field("workspace_id", "workspace_id", STR, required=True),
        Field("owner_user_id", "owner_user_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("needs_clustering", "needs_clustering", BOOL, required=True),
        Field("issue_type", "issue_type", union(literal("AgentConversationTicketIssueType"), NULL, STR), required=True),
        Field("labels", "labels", list_of(STR), required=True),
        Field("conversation_ids", "conversation_ids", list_of(STR), required=True),
        Field("first_seen_unix_secs", "first_seen_unix_secs", union(INT, NULL), required=True),
        Field("last_seen_unix_secs", "last_seen_unix_secs", union(INT, NULL), required=True),
        Field("qa_comment", "qa_comment", union(STR, NULL), required=True),
        Field("ticket_comments", "ticket_comments", list_of(object_of("TicketCommentResponseModel")), required=True),
        Field("turn_comments", "turn_comments", list_of(object_of("TurnCommentResponseModel")), required=True),
        Field("status", "status", union(literal("AgentConversationTicketStatus"), STR), required=True),
        Field("source", "source", union(literal("AgentConversationTicketSource"), STR), required=True),
        Field("assignee_user_id", "assignee_user_id", union(STR, NULL), required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("updated_at_unix_secs", "updated_at_unix_secs", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TicketCommentResponseModel(Lazy, AdditionalProperties[Any]):
    comment: str

    created_at_unix_secs: int

    owner_user_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("comment", "comment", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("owner_user_id", "owner_user_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class TurnCommentResponseModel(Lazy, AdditionalProperties[Any]):
    turn_index: int

    comment: str

    created_at_unix_secs: int

    owner_user_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("turn_index", "turn_index", INT, required=True),
        Field("comment", "comment", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("owner_user_id", "owner_user_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
