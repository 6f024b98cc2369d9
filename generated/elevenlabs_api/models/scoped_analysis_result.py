from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..models.evaluation_success_result import EvaluationSuccessResult, check_evaluation_success_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopedAnalysisResult")


@_attrs_define
class ScopedAnalysisResult:
    """Attributes:
    scope (AnalysisScope):
    source_agent_id (str):
    successful (EvaluationSuccessResult):
    source_branch_id (None | str | Unset): Branch of the agent for this scoped block; disambiguates repeated
        agent_id.
    evaluation_criteria_results (ScopedAnalysisResultEvaluationCriteriaResults | Unset):
    data_collection_results (ScopedAnalysisResultDataCollectionResults | Unset):
    success_score (float | None | Unset):
    """

    scope: AnalysisScope

    source_agent_id: str

    successful: EvaluationSuccessResult

    source_branch_id: None | str | Unset = UNSET

    evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset = UNSET

    data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset = UNSET

    success_score: float | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: str = self.scope

        source_agent_id = self.source_agent_id

        successful: str = self.successful

        source_branch_id: None | str | Unset = self.source_branch_id

        evaluation_criteria_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_criteria_results, Unset):
            evaluation_criteria_results = self.evaluation_criteria_results.to_dict()

        data_collection_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection_results, Unset):
            data_collection_results = self.data_collection_results.to_dict()

        success_score: float | None | Unset = self.success_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["scope"] = scope
        field_dict["source_agent_id"] = source_agent_id
        field_dict["successful"] = successful
        if source_branch_id is not UNSET:
            field_dict["source_branch_id"] = source_branch_id
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if success_score is not UNSET:
            field_dict["success_score"] = success_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scope = check_analysis_scope(d.pop("scope"))

        source_agent_id = d.pop("source_agent_id")

        successful = check_evaluation_success_result(d.pop("successful"))

        source_branch_id = d.pop("source_branch_id", UNSET)

        _evaluation_criteria_results = d.pop("evaluation_criteria_results", UNSET)
        evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset
        if isinstance(_evaluation_criteria_results, Unset):
            evaluation_criteria_results = UNSET
        else:
            evaluation_criteria_results = ScopedAnalysisResultEvaluationCriteriaResults.from_dict(
                _evaluation_criteria_results
            )

        _data_collection_results = d.pop("data_collection_results", UNSET)
        data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset
        if isinstance(_data_collection_results, Unset):
            data_collection_results = UNSET
        else:
            data_collection_results = ScopedAnalysisResultDataCollectionResults.from_dict(_data_collection_results)

        success_score = d.pop("success_score", UNSET)

        scoped_analysis_result = cls(
            scope=scope,
            source_agent_id=source_agent_id,
            successful=successful,
            source_branch_id=source_branch_id,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            success_score=success_score,
        )
        scoped_analysis_result.additional_properties = d
        return scoped_analysis_result

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.scoped_analysis_result_data_collection_results import ScopedAnalysisResultDataCollectionResults
from ..models.scoped_analysis_result_evaluation_criteria_results import ScopedAnalysisResultEvaluationCriteriaResults
