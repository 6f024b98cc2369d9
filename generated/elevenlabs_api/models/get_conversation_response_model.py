from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GetConversationResponseModelStatus
from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class GetConversationResponseModel(Lazy, AdditionalProperties[Any]):
    agent_id: str

    conversation_id: str

    status: GetConversationResponseModelStatus | str

    transcript: list[ConversationHistoryTranscriptCommonModelOutput]

    metadata: ConversationHistoryMetadataCommonModel

    has_audio: bool

    has_user_audio: bool

    has_response_audio: bool

    user_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    analysis: ConversationHistoryAnalysisCommonModel | None | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("status", "status", union(literal("GetConversationResponseModelStatus"), STR), required=True),
        Field(
            "transcript",
            "transcript",
            list_of(object_of("ConversationHistoryTranscriptCommonModelOutput")),
            required=True,
        ),
        Field("metadata", "metadata", object_of("ConversationHistoryMetadataCommonModel"), required=True),
        Field("has_audio", "has_audio", BOOL, required=True),
        Field("has_user_audio", "has_user_audio", BOOL, required=True),
        Field("has_response_audio", "has_response_audio", BOOL, required=True),
        Field("user_id", "user_id", union(STR, NULL)),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("analysis", "analysis", union(object_of("ConversationHistoryAnalysisCommonModel"), NULL)),
        Field(
            "conversation_initiation_client_data",
            "conversation_initiation_client_data",
            object_of("ConversationInitiationClientDataRequestOutput"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_metadata_common_model import ConversationHistoryMetadataCommonModel
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.conversation_initiation_client_data_request_output import ConversationInitiationClientDataRequestOutput
