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
    ConversationSummaryMessageModelRoleType0,
    EvaluationSuccessResult,
    GetConversationSummaryResponseModelStatusType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetConversationSummaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    message_count: Number of plain chat message turns in the conversation.
    note: Guidance telling the agent how to get the full transcript.
    call_summary_title: Short generated title for the conversation.
    transcript_summary: Generated natural-language summary of the call.
    messages: The plain chat messages (role and text only). Included only when message_count does not exceed the
        requested max_messages; otherwise null and messages_omitted is true.
    messages_omitted: True when the chat messages were omitted because the conversation was too long. Fetch the full
        transcript for the messages. Defaults to False on the server.
    """

    conversation_id: str

    agent_id: str

    status: GetConversationSummaryResponseModelStatusType0 | str

    message_count: int

    note: str

    call_summary_title: None | str | Unset = UNSET

    transcript_summary: None | str | Unset = UNSET

    call_successful: EvaluationSuccessResult | None | str | Unset = UNSET

    messages: list[ConversationSummaryMessageModel] | None | Unset = UNSET

    messages_omitted: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("status", "status", union(literal("GetConversationSummaryResponseModelStatusType0"), STR), required=True),
        Field("message_count", "message_count", INT, required=True),
        Field("note", "note", STR, required=True),
        Field("call_summary_title", "call_summary_title", union(STR, NULL)),
        Field("transcript_summary", "transcript_summary", union(STR, NULL)),
        Field("call_successful", "call_successful", union(literal("EvaluationSuccessResult"), NULL, STR)),
        Field("messages", "messages", union(list_of(object_of("ConversationSummaryMessageModel")), NULL)),
        Field("messages_omitted", "messages_omitted", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationSummaryMessageModel(Lazy, AdditionalProperties[Any]):
    role: ConversationSummaryMessageModelRoleType0 | str

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("role", "role", union(literal("ConversationSummaryMessageModelRoleType0"), STR), required=True),
        Field("message", "message", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
