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

T = TypeVar("T", bound="TestFromConversationMetadataInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestFromConversationMetadataInput(Lazy):
    """Attributes:
    conversation_id (str):
    agent_id (str):
    branch_id (None | str | Unset):
    workflow_node_id (None | str | Unset):
    original_agent_reply (list[ConversationHistoryTranscriptCommonModelInput] | Unset): Defaults to [] on the
        server.
    """

    conversation_id: str

    agent_id: str

    branch_id: None | str | Unset = UNSET

    workflow_node_id: None | str | Unset = UNSET

    original_agent_reply: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "conversation_id",
        "agent_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        conversation_id = self.conversation_id

        agent_id = self.agent_id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        workflow_node_id: Any
        try:
            workflow_node_id = self.workflow_node_id

        except (AttributeError, TypeError):
            workflow_node_id = self.workflow_node_id

        original_agent_reply: Any
        try:
            original_agent_reply = UNSET
            if not isinstance(self.original_agent_reply, Unset):
                original_agent_reply = []
                for original_agent_reply_item_data in self.original_agent_reply:
                    original_agent_reply_item = original_agent_reply_item_data.to_dict()
                    original_agent_reply.append(original_agent_reply_item)

        except (AttributeError, TypeError):
            original_agent_reply = self.original_agent_reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if original_agent_reply is not UNSET:
            field_dict["original_agent_reply"] = original_agent_reply
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_from_conversation_metadata_input = cls.__new__(cls)
        test_from_conversation_metadata_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return test_from_conversation_metadata_input

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

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_workflow_node_id = plain_reader(
    "workflow_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_original_agent_reply(cls: type[TestFromConversationMetadataInput], d: Mapping[str, Any]) -> Any:
    original_agent_reply_raw = d.get("original_agent_reply", UNSET)
    try:
        expect_array("original_agent_reply", original_agent_reply_raw)
        _original_agent_reply = original_agent_reply_raw
        original_agent_reply: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET
        if _original_agent_reply is not UNSET:
            original_agent_reply = []
            for original_agent_reply_item_data in _original_agent_reply:
                original_agent_reply_item = ConversationHistoryTranscriptCommonModelInput.from_dict(
                    original_agent_reply_item_data
                )

                original_agent_reply.append(original_agent_reply_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        original_agent_reply = deviating_field(cls, "original_agent_reply", original_agent_reply_raw)

    return original_agent_reply


_FIELDS: frozenset[str] = frozenset(
    (
        "conversation_id",
        "agent_id",
        "branch_id",
        "workflow_node_id",
        "original_agent_reply",
    )
)


def _read_additional_properties(cls: type[TestFromConversationMetadataInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[TestFromConversationMetadataInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    workflow_node_id = d.get("workflow_node_id", UNSET)
    if workflow_node_id.__class__ is not str and workflow_node_id is not None and workflow_node_id is not UNSET:
        workflow_node_id = _read_workflow_node_id(cls, d)

    if "original_agent_reply" in known:
        original_agent_reply = known["original_agent_reply"]
    else:
        original_agent_reply = d.get("original_agent_reply", UNSET)
        if original_agent_reply is not UNSET:
            original_agent_reply = _read_original_agent_reply(cls, d)

    return {
        "conversation_id": conversation_id,
        "agent_id": agent_id,
        "branch_id": branch_id,
        "workflow_node_id": workflow_node_id,
        "original_agent_reply": original_agent_reply,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestFromConversationMetadataInput,
    _all_fields,
    {
        "conversation_id": _read_conversation_id,
        "agent_id": _read_agent_id,
        "branch_id": _read_branch_id,
        "workflow_node_id": _read_workflow_node_id,
        "original_agent_reply": _read_original_agent_reply,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
