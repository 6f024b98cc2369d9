from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationHistoryAnalysisCommonModel")


@_attrs_define
class ConversationHistoryAnalysisCommonModel:
    """Attributes:
    call_successful (EvaluationSuccessResult | str):
    transcript_summary (str):
    evaluation_criteria_results (ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults | Unset):
    data_collection_results (ConversationHistoryAnalysisCommonModelDataCollectionResults | Unset):
    call_summary_title (None | str | Unset):
    """

    call_successful: EvaluationSuccessResult | str

    transcript_summary: str

    evaluation_criteria_results: ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults | Unset = UNSET

    data_collection_results: ConversationHistoryAnalysisCommonModelDataCollectionResults | Unset = UNSET

    call_summary_title: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_successful: str
        if isinstance(self.call_successful, str):
            call_successful = self.call_successful
        else:
            call_successful = self.call_successful

        transcript_summary = self.transcript_summary

        evaluation_criteria_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_criteria_results, Unset):
            evaluation_criteria_results = self.evaluation_criteria_results.to_dict()

        data_collection_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_collection_results, Unset):
            data_collection_results = self.data_collection_results.to_dict()

        call_summary_title: None | str | Unset = self.call_summary_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_successful"] = call_successful
        field_dict["transcript_summary"] = transcript_summary
        if evaluation_criteria_results is not UNSET:
            field_dict["evaluation_criteria_results"] = evaluation_criteria_results
        if data_collection_results is not UNSET:
            field_dict["data_collection_results"] = data_collection_results
        if call_summary_title is not UNSET:
            field_dict["call_summary_title"] = call_summary_title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        call_successful = d.pop("call_successful")

        transcript_summary = d.pop("transcript_summary")

        _evaluation_criteria_results = d.pop("evaluation_criteria_results", UNSET)
        evaluation_criteria_results: ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults | Unset
        if isinstance(_evaluation_criteria_results, Unset):
            evaluation_criteria_results = UNSET
        else:
            evaluation_criteria_results = ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults.from_dict(
                _evaluation_criteria_results
            )

        _data_collection_results = d.pop("data_collection_results", UNSET)
        data_collection_results: ConversationHistoryAnalysisCommonModelDataCollectionResults | Unset
        if isinstance(_data_collection_results, Unset):
            data_collection_results = UNSET
        else:
            data_collection_results = ConversationHistoryAnalysisCommonModelDataCollectionResults.from_dict(
                _data_collection_results
            )

        call_summary_title = d.pop("call_summary_title", UNSET)

        conversation_history_analysis_common_model = cls(
            call_successful=call_successful,
            transcript_summary=transcript_summary,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            call_summary_title=call_summary_title,
        )
        conversation_history_analysis_common_model.additional_properties = d
        return conversation_history_analysis_common_model

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
from ..models.conversation_history_analysis_common_model_data_collection_results import (
    ConversationHistoryAnalysisCommonModelDataCollectionResults,
)
from ..models.conversation_history_analysis_common_model_evaluation_criteria_results import (
    ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults,
)
