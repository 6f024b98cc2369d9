from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
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
    ConversationInitiationSource,
    ConversationSentimentAnalysisOverallLabelType0,
    ConversationSummaryResponseModelStatusType0,
    EvaluationSuccessResult,
    TelephonyDirection,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetConversationsPageResponseModel(Lazy, AdditionalProperties[Any]):
    conversations: list[ConversationSummaryResponseModel]

    has_more: bool

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("conversations", "conversations", list_of(object_of("ConversationSummaryResponseModel")), required=True),
        Field("has_more", "has_more", BOOL, required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationSentimentAnalysis(Lazy, AdditionalProperties[Any]):
    overall_label: ConversationSentimentAnalysisOverallLabelType0 | str

    overall_sentiment_score: float

    overall_frustration_score: float

    min_user_sentiment_score: float

    max_user_frustration_score: float

    num_scored_user_turns: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "overall_label",
            "overall_label",
            union(literal("ConversationSentimentAnalysisOverallLabelType0"), STR),
            required=True,
        ),
        Field("overall_sentiment_score", "overall_sentiment_score", FLOAT, required=True),
        Field("overall_frustration_score", "overall_frustration_score", FLOAT, required=True),
        Field("min_user_sentiment_score", "min_user_sentiment_score", FLOAT, required=True),
        Field("max_user_frustration_score", "max_user_frustration_score", FLOAT, required=True),
        Field("num_scored_user_turns", "num_scored_user_turns", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
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


@_attrs_define(slots=False)
class ConversationSummaryResponseModelDataCollectionResultsType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ConversationSummaryResponseModelEvaluationCriteriaResultsType0(
    Lazy, AdditionalProperties["EvaluationCriteriaSummaryResult"]
):
    additional_properties: dict[str, EvaluationCriteriaSummaryResult] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("EvaluationCriteriaSummaryResult"))),
    )


@_attrs_define(slots=False)
class EvaluationCriteriaSummaryResult(Lazy, AdditionalProperties[Any]):
    result: EvaluationSuccessResult | str

    score: int | None | Unset = UNSET

    max_score: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result", "result", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("score", "score", union(INT, NULL)),
        Field("max_score", "max_score", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
