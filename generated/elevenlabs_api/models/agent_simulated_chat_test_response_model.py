from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class AgentSimulatedChatTestResponseModel(Lazy, AdditionalProperties[Any]):
    simulated_conversation: list[ConversationHistoryTranscriptResponseModel]

    analysis: ConversationHistoryAnalysisCommonModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "simulated_conversation",
            "simulated_conversation",
            list_of(object_of("ConversationHistoryTranscriptResponseModel")),
            required=True,
        ),
        Field("analysis", "analysis", object_of("ConversationHistoryAnalysisCommonModel"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_transcript_response_model import ConversationHistoryTranscriptResponseModel
