from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_scope import AnalysisScope, check_analysis_scope
from ..models.evaluation_success_result import EvaluationSuccessResult, check_evaluation_success_result
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        scope: Any
        try:
            scope = self.scope
        except (AttributeError, TypeError):
            scope = self.scope

        source_agent_id = self.source_agent_id

        successful: Any
        try:
            successful = self.successful
        except (AttributeError, TypeError):
            successful = self.successful

        source_branch_id: Any
        try:
            source_branch_id = self.source_branch_id

        except (AttributeError, TypeError):
            source_branch_id = self.source_branch_id

        evaluation_criteria_results: Any
        try:
            evaluation_criteria_results = UNSET
            if not isinstance(self.evaluation_criteria_results, Unset):
                evaluation_criteria_results = self.evaluation_criteria_results.to_dict()
        except (AttributeError, TypeError):
            evaluation_criteria_results = self.evaluation_criteria_results

        data_collection_results: Any
        try:
            data_collection_results = UNSET
            if not isinstance(self.data_collection_results, Unset):
                data_collection_results = self.data_collection_results.to_dict()
        except (AttributeError, TypeError):
            data_collection_results = self.data_collection_results

        success_score: Any
        try:
            success_score = self.success_score

        except (AttributeError, TypeError):
            success_score = self.success_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if scope is not None or "scope" not in self._missing_fields:
            field_dict["scope"] = scope
        if source_agent_id is not None or "source_agent_id" not in self._missing_fields:
            field_dict["source_agent_id"] = source_agent_id
        if successful is not None or "successful" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        scope_raw = d.pop("scope", MISSING)
        if scope_raw is MISSING:
            scope = missing_field(cls, "scope")
            _missing += ("scope",)
        else:
            try:
                scope = check_analysis_scope(scope_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                scope = deviating_field(cls, "scope", scope_raw)

        source_agent_id = d.pop("source_agent_id", MISSING)
        if source_agent_id.__class__ is not str:
            if source_agent_id is MISSING:
                source_agent_id = missing_field(cls, "source_agent_id")
                _missing += ("source_agent_id",)
            else:
                source_agent_id = unexpected_type(cls, "source_agent_id", source_agent_id, "a string")

        successful_raw = d.pop("successful", MISSING)
        if successful_raw is MISSING:
            successful = missing_field(cls, "successful")
            _missing += ("successful",)
        else:
            try:
                successful = check_evaluation_success_result(successful_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                successful = deviating_field(cls, "successful", successful_raw)

        source_branch_id = d.pop("source_branch_id", UNSET)
        if source_branch_id.__class__ is not str and source_branch_id is not None and source_branch_id is not UNSET:
            source_branch_id = unexpected_type(cls, "source_branch_id", source_branch_id, "a string or null")

        evaluation_criteria_results_raw = d.pop("evaluation_criteria_results", UNSET)
        try:
            _evaluation_criteria_results = evaluation_criteria_results_raw
            evaluation_criteria_results: ScopedAnalysisResultEvaluationCriteriaResults | Unset
            if isinstance(_evaluation_criteria_results, Unset):
                evaluation_criteria_results = UNSET
            else:
                evaluation_criteria_results = ScopedAnalysisResultEvaluationCriteriaResults.from_dict(
                    _evaluation_criteria_results
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            evaluation_criteria_results = deviating_field(
                cls, "evaluation_criteria_results", evaluation_criteria_results_raw
            )

        data_collection_results_raw = d.pop("data_collection_results", UNSET)
        try:
            _data_collection_results = data_collection_results_raw
            data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset
            if isinstance(_data_collection_results, Unset):
                data_collection_results = UNSET
            else:
                data_collection_results = ScopedAnalysisResultDataCollectionResults.from_dict(_data_collection_results)
        except (KeyError, TypeError, ValueError, AttributeError):
            data_collection_results = deviating_field(cls, "data_collection_results", data_collection_results_raw)

        success_score = d.pop("success_score", UNSET)
        if (
            success_score.__class__ is not float
            and success_score.__class__ is not int
            and success_score is not None
            and success_score is not UNSET
        ):
            success_score = unexpected_type(cls, "success_score", success_score, "a number or null")

        scoped_analysis_result = cls(
            scope=scope,
            source_agent_id=source_agent_id,
            successful=successful,
            source_branch_id=source_branch_id,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            success_score=success_score,
        )
        if _missing:
            scoped_analysis_result._missing_fields = _missing
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
