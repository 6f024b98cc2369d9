from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import EvaluationSuccessResult
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryAnalysisCommonModel(Lazy, AdditionalProperties[Any]):
    call_successful: EvaluationSuccessResult | str

    transcript_summary: str

    evaluation_criteria_results: ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults | Unset = UNSET

    data_collection_results: ConversationHistoryAnalysisCommonModelDataCollectionResults | Unset = UNSET

    call_summary_title: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("call_successful", "call_successful", union(literal("EvaluationSuccessResult"), STR), required=True),
        Field("transcript_summary", "transcript_summary", STR, required=True),
        Field(
            "evaluation_criteria_results",
            "evaluation_criteria_results",
            object_of("ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults"),
        ),
        Field(
            "data_collection_results",
            "data_collection_results",
            object_of("ConversationHistoryAnalysisCommonModelDataCollectionResults"),
        ),
        Field("call_summary_title", "call_summary_title", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ConversationHistoryAnalysisCommonModelDataCollectionResults(
    Lazy, AdditionalProperties["DataCollectionResultCommonModel"]
):
    additional_properties: dict[str, DataCollectionResultCommonModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("DataCollectionResultCommonModel"))),
    )


@_attrs_define(slots=False)
class ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults(
    Lazy, AdditionalProperties["ConversationHistoryEvaluationCriteriaResultCommonModel"]
):
    additional_properties: dict[str, ConversationHistoryEvaluationCriteriaResultCommonModel] = _attrs_field(
        init=False, factory=dict
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties", None, dict_of(object_of("ConversationHistoryEvaluationCriteriaResultCommonModel"))
        ),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_evaluation_criteria_result_common_model import (
    ConversationHistoryEvaluationCriteriaResultCommonModel,
)
from ..models.data_collection_result_common_model import DataCollectionResultCommonModel
