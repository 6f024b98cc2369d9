from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        call_successful: Any
        try:
            if isinstance(self.call_successful, str):
                call_successful = self.call_successful
            else:
                call_successful = self.call_successful

        except (AttributeError, TypeError):
            call_successful = self.call_successful

        transcript_summary = self.transcript_summary

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

        call_summary_title: Any
        try:
            call_summary_title = self.call_summary_title

        except (AttributeError, TypeError):
            call_summary_title = self.call_summary_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if call_successful is not None or "call_successful" not in self._missing_fields:
            field_dict["call_successful"] = call_successful
        if transcript_summary is not None or "transcript_summary" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        call_successful = d.pop("call_successful", MISSING)
        if call_successful.__class__ is not str:
            if call_successful is MISSING:
                call_successful = missing_field(cls, "call_successful")
                _missing += ("call_successful",)
            else:
                call_successful = unexpected_type(cls, "call_successful", call_successful, "a string")

        transcript_summary = d.pop("transcript_summary", MISSING)
        if transcript_summary.__class__ is not str:
            if transcript_summary is MISSING:
                transcript_summary = missing_field(cls, "transcript_summary")
                _missing += ("transcript_summary",)
            else:
                transcript_summary = unexpected_type(cls, "transcript_summary", transcript_summary, "a string")

        evaluation_criteria_results_raw = d.pop("evaluation_criteria_results", UNSET)
        try:
            _evaluation_criteria_results = evaluation_criteria_results_raw
            evaluation_criteria_results: ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults | Unset
            if isinstance(_evaluation_criteria_results, Unset):
                evaluation_criteria_results = UNSET
            else:
                evaluation_criteria_results = ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults.from_dict(
                    _evaluation_criteria_results
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            evaluation_criteria_results = deviating_field(
                cls, "evaluation_criteria_results", evaluation_criteria_results_raw
            )

        data_collection_results_raw = d.pop("data_collection_results", UNSET)
        try:
            _data_collection_results = data_collection_results_raw
            data_collection_results: ConversationHistoryAnalysisCommonModelDataCollectionResults | Unset
            if isinstance(_data_collection_results, Unset):
                data_collection_results = UNSET
            else:
                data_collection_results = ConversationHistoryAnalysisCommonModelDataCollectionResults.from_dict(
                    _data_collection_results
                )
        except (KeyError, TypeError, ValueError, AttributeError):
            data_collection_results = deviating_field(cls, "data_collection_results", data_collection_results_raw)

        call_summary_title = d.pop("call_summary_title", UNSET)
        if (
            call_summary_title.__class__ is not str
            and call_summary_title is not None
            and call_summary_title is not UNSET
        ):
            call_summary_title = unexpected_type(cls, "call_summary_title", call_summary_title, "a string or null")

        conversation_history_analysis_common_model = cls(
            call_successful=call_successful,
            transcript_summary=transcript_summary,
            evaluation_criteria_results=evaluation_criteria_results,
            data_collection_results=data_collection_results,
            call_summary_title=call_summary_title,
        )
        if _missing:
            conversation_history_analysis_common_model._missing_fields = _missing
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
