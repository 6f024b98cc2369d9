from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    EvaluationSuccessResult,
    GetConversationSummaryResponseModelStatusType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetConversationSummaryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetConversationSummaryResponseModel(Lazy):
    """Attributes:
    conversation_id (str):
    agent_id (str):
    status (GetConversationSummaryResponseModelStatusType0 | str):
    message_count (int): Number of plain chat message turns in the conversation.
    note (str): Guidance telling the agent how to get the full transcript.
    call_summary_title (None | str | Unset): Short generated title for the conversation.
    transcript_summary (None | str | Unset): Generated natural-language summary of the call.
    call_successful (EvaluationSuccessResult | None | str | Unset):
    messages (list[ConversationSummaryMessageModel] | None | Unset): The plain chat messages (role and text only).
        Included only when message_count does not exceed the requested max_messages; otherwise null and messages_omitted
        is true.
    messages_omitted (bool | Unset): True when the chat messages were omitted because the conversation was too long.
        Fetch the full transcript for the messages. Defaults to False on the server.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "conversation_id",
        "agent_id",
        "status",
        "message_count",
        "note",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        message_count = self.message_count

        note = self.note

        call_summary_title: Any
        try:
            call_summary_title = self.call_summary_title

        except (AttributeError, TypeError):
            call_summary_title = self.call_summary_title

        transcript_summary: Any
        try:
            transcript_summary = self.transcript_summary

        except (AttributeError, TypeError):
            transcript_summary = self.transcript_summary

        call_successful: Any
        try:
            if isinstance(self.call_successful, Unset):
                call_successful = UNSET
            elif isinstance(self.call_successful, str):
                call_successful = self.call_successful
            else:
                call_successful = self.call_successful

        except (AttributeError, TypeError):
            call_successful = self.call_successful

        messages: Any
        try:
            if isinstance(self.messages, Unset):
                messages = UNSET
            elif isinstance(self.messages, list):
                messages = []
                for messages_type_0_item_data in self.messages:
                    messages_type_0_item = messages_type_0_item_data.to_dict()
                    messages.append(messages_type_0_item)

            else:
                messages = self.messages

        except (AttributeError, TypeError):
            messages = self.messages

        messages_omitted = self.messages_omitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if message_count is not None or "message_count" not in self._missing_fields:
            field_dict["message_count"] = message_count
        if note is not None or "note" not in self._missing_fields:
            field_dict["note"] = note
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        if transcript_summary is not UNSET:
            field_dict["transcript_summary"] = transcript_summary
        if call_successful is not UNSET:
            field_dict["call_successful"] = call_successful
        if messages is not UNSET:
            field_dict["messages"] = messages
        if messages_omitted is not UNSET:
            field_dict["messages_omitted"] = messages_omitted
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_conversation_summary_response_model = cls.__new__(cls)
        get_conversation_summary_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_conversation_summary_response_model

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

_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)

_read_message_count = plain_reader("message_count", (int,), "an integer", True)

_read_note = plain_reader("note", (str,), "a string", True)

_read_call_summary_title = plain_reader(
    "call_summary_title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_transcript_summary = plain_reader(
    "transcript_summary",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_call_successful = plain_reader(
    "call_successful",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_messages(cls: type[GetConversationSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    messages_raw = d.get("messages", UNSET)
    try:

        def _parse_messages(data: object) -> list[ConversationSummaryMessageModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            messages_type_0 = []
            _messages_type_0 = data
            for messages_type_0_item_data in _messages_type_0:
                messages_type_0_item = ConversationSummaryMessageModel.from_dict(messages_type_0_item_data)

                messages_type_0.append(messages_type_0_item)

            return messages_type_0

        messages = _parse_messages(messages_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        messages = deviating_field(cls, "messages", messages_raw)

    return messages


_read_messages_omitted = plain_reader("messages_omitted", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "agent_id",
        "status",
        "message_count",
        "note",
        "call_summary_title",
        "transcript_summary",
        "call_successful",
        "messages",
        "messages_omitted",
    )
)


def _read_additional_properties(cls: type[GetConversationSummaryResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetConversationSummaryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    message_count = d.get("message_count", MISSING)
    if message_count.__class__ is not int:
        message_count = _read_message_count(cls, d)

    note = d.get("note", MISSING)
    if note.__class__ is not str:
        note = _read_note(cls, d)

    call_summary_title = d.get("call_summary_title", UNSET)
    if call_summary_title.__class__ is not str and call_summary_title is not None and call_summary_title is not UNSET:
        call_summary_title = _read_call_summary_title(cls, d)

    transcript_summary = d.get("transcript_summary", UNSET)
    if transcript_summary.__class__ is not str and transcript_summary is not None and transcript_summary is not UNSET:
        transcript_summary = _read_transcript_summary(cls, d)

    call_successful = d.get("call_successful", UNSET)
    if call_successful is not None and call_successful.__class__ is not str and call_successful is not UNSET:
        call_successful = _read_call_successful(cls, d)

    if "messages" in known:
        messages = known["messages"]
    else:
        messages = d.get("messages", UNSET)
        if messages is not UNSET and messages is not None:
            messages = _read_messages(cls, d)

    messages_omitted = d.get("messages_omitted", UNSET)
    if messages_omitted.__class__ is not bool and messages_omitted is not UNSET:
        messages_omitted = _read_messages_omitted(cls, d)

    return {
        "conversation_id": conversation_id,
        "agent_id": agent_id,
        "status": status,
        "message_count": message_count,
        "note": note,
        "call_summary_title": call_summary_title,
        "transcript_summary": transcript_summary,
        "call_successful": call_successful,
        "messages": messages,
        "messages_omitted": messages_omitted,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetConversationSummaryResponseModel,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "agent_id": _read_agent_id,
        "status": _read_status,
        "message_count": _read_message_count,
        "note": _read_note,
        "call_summary_title": _read_call_summary_title,
        "transcript_summary": _read_transcript_summary,
        "call_successful": _read_call_successful,
        "messages": _read_messages,
        "messages_omitted": _read_messages_omitted,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_summary_message_model import ConversationSummaryMessageModel
