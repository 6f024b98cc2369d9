from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TestFromConversationMetadataInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    original_agent_reply: Defaults to [] on the server.
    """

    conversation_id: str

    agent_id: str

    branch_id: None | str | Unset = UNSET

    workflow_node_id: None | str | Unset = UNSET

    original_agent_reply: list[ConversationHistoryTranscriptCommonModelInput] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("agent_id", "agent_id", STR, required=True),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("workflow_node_id", "workflow_node_id", union(STR, NULL)),
        Field(
            "original_agent_reply",
            "original_agent_reply",
            list_of(object_of("ConversationHistoryTranscriptCommonModelInput")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_common_model_input import ConversationHistoryTranscriptCommonModelInput
