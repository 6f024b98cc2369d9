from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import AnalysisScope, EvaluationSuccessResult
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ScopedAnalysisResult(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_branch_id: Branch of the agent for this scoped block; disambiguates repeated agent_id.
    """

    scope: AnalysisScope

    source_agent_id: str

    successful: EvaluationSuccessResult

    source_branch_id: None | str | Unset = UNSET

    evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset = UNSET

    data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset = UNSET

    success_score: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("scope", "scope", literal("AnalysisScope"), required=True),
        Field("source_agent_id", "source_agent_id", STR, required=True),
        Field("successful", "successful", literal("EvaluationSuccessResult"), required=True),
        Field("source_branch_id", "source_branch_id", union(STR, NULL)),
        Field(
            "evaluation_criteria_results",
            "evaluation_criteria_results",
            object_of("ScopedAnalysisResultEvaluationCriteriaResults"),
        ),
        Field(
            "data_collection_results", "data_collection_results", object_of("ScopedAnalysisResultDataCollectionResults")
        ),
        Field("success_score", "success_score", union(FLOAT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ScopedAnalysisResultDataCollectionResults(Lazy, AdditionalProperties["DataCollectionResultCommonModel"]):
    additional_properties: dict[str, DataCollectionResultCommonModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("DataCollectionResultCommonModel"))),
    )


@_attrs_define(slots=False)
class ScopedAnalysisResultEvaluationCriteriaResults(
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
