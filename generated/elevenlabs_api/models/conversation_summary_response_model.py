from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ConversationInitiationSource,
    ConversationSummaryResponseModelStatusType0,
    EvaluationSuccessResult,
    TelephonyDirection,
)
from ..types import (
    ANY,
    FLOAT,
    INT,
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
class ConversationSummaryResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    termination_reason: Defaults to empty on the server.
    tag_ids: Conversation tag ids assigned to this conversation.
    """

    agent_id: str

    conversation_id: str

    start_time_unix_secs: int

    call_duration_secs: int

    message_count: int

    status: ConversationSummaryResponseModelStatusType0 | str

    call_successful: EvaluationSuccessResult | str

    branch_id: None | str | Unset = UNSET

    version_id: None | str | Unset = UNSET

    agent_name: None | str | Unset = UNSET

    termination_reason: str | Unset = UNSET

    call_success_score: float | None | Unset = UNSET

    transcript_summary: None | str | Unset = UNSET

    call_summary_title: None | str | Unset = UNSET

    main_language: None | str | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    tool_names: list[str] | None | Unset = UNSET

    direction: None | str | TelephonyDirection | Unset = UNSET

    rating: float | None | Unset = UNSET

    sentiment_analysis: ConversationSentimentAnalysis | None | Unset = UNSET

    data_collection_results: ConversationSummaryResponseModelDataCollectionResultsType0 | None | Unset = UNSET

    evaluation_criteria_results: ConversationSummaryResponseModelEvaluationCriteriaResultsType0 | None | Unset = UNSET

    tag_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("start_time_unix_secs", "start_time_unix_secs", INT, required=True),
        Field("call_duration_secs", "call_duration_secs", INT, required=True),
        Field("message_count", "message_count", INT, required=True),
        Field("status", "status", union(literal("ConversationSummaryResponseModelStatusType0"), STR), required=True),
        Field("call_successful", "call_successful", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("branch_id", "branch_id", union(STR, NULL)),
        Field("version_id", "version_id", union(STR, NULL)),
        Field("agent_name", "agent_name", union(STR, NULL)),
        Field("termination_reason", "termination_reason", STR),
        Field("call_success_score", "call_success_score", union(FLOAT, NULL)),
        Field("transcript_summary", "transcript_summary", union(STR, NULL)),
        Field("call_summary_title", "call_summary_title", union(STR, NULL)),
        Field("main_language", "main_language", union(STR, NULL)),
        Field(
            "conversation_initiation_source",
            "conversation_initiation_source",
            union(literal("ConversationInitiationSource"), NULL, STR),
        ),
        Field("tool_names", "tool_names", union(list_of(STR), NULL)),
        Field("direction", "direction", union(literal("TelephonyDirection"), NULL, STR)),
        Field("rating", "rating", union(FLOAT, NULL)),
        Field("sentiment_analysis", "sentiment_analysis", union(object_of("ConversationSentimentAnalysis"), NULL)),
        Field(
            "data_collection_results",
            "data_collection_results",
            union(object_of("ConversationSummaryResponseModelDataCollectionResultsType0"), NULL),
        ),
        Field(
            "evaluation_criteria_results",
            "evaluation_criteria_results",
            union(object_of("ConversationSummaryResponseModelEvaluationCriteriaResultsType0"), NULL),
        ),
        Field("tag_ids", "tag_ids", list_of(STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_sentiment_analysis import ConversationSentimentAnalysis
from ..models.conversation_summary_response_model_data_collection_results_type_0 import (
    ConversationSummaryResponseModelDataCollectionResultsType0,
)
from ..models.conversation_summary_response_model_evaluation_criteria_results_type_0 import (
    ConversationSummaryResponseModelEvaluationCriteriaResultsType0,
)
