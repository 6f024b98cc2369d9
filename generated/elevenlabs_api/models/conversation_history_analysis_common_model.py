from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import EvaluationSuccessResult
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationHistoryAnalysisCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryAnalysisCommonModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "call_successful",
        "transcript_summary",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_analysis_common_model = cls.__new__(cls)
        conversation_history_analysis_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_call_successful = plain_reader("call_successful", (str,), "a string", True)

_read_transcript_summary = plain_reader("transcript_summary", (str,), "a string", True)


def _read_evaluation_criteria_results(cls: type[ConversationHistoryAnalysisCommonModel], d: Mapping[str, Any]) -> Any:
    evaluation_criteria_results_raw = d.get("evaluation_criteria_results", UNSET)
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

    return evaluation_criteria_results


def _read_data_collection_results(cls: type[ConversationHistoryAnalysisCommonModel], d: Mapping[str, Any]) -> Any:
    data_collection_results_raw = d.get("data_collection_results", UNSET)
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

    return data_collection_results


_read_call_summary_title = plain_reader(
    "call_summary_title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "call_successful",
        "transcript_summary",
        "evaluation_criteria_results",
        "data_collection_results",
        "call_summary_title",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryAnalysisCommonModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryAnalysisCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    call_successful = d.get("call_successful", MISSING)
    if call_successful.__class__ is not str:
        call_successful = _read_call_successful(cls, d)

    transcript_summary = d.get("transcript_summary", MISSING)
    if transcript_summary.__class__ is not str:
        transcript_summary = _read_transcript_summary(cls, d)

    if "evaluation_criteria_results" in known:
        evaluation_criteria_results = known["evaluation_criteria_results"]
    else:
        evaluation_criteria_results = d.get("evaluation_criteria_results", UNSET)
        if evaluation_criteria_results is not UNSET:
            evaluation_criteria_results = _read_evaluation_criteria_results(cls, d)

    if "data_collection_results" in known:
        data_collection_results = known["data_collection_results"]
    else:
        data_collection_results = d.get("data_collection_results", UNSET)
        if data_collection_results is not UNSET:
            data_collection_results = _read_data_collection_results(cls, d)

    call_summary_title = d.get("call_summary_title", UNSET)
    if call_summary_title.__class__ is not str and call_summary_title is not None and call_summary_title is not UNSET:
        call_summary_title = _read_call_summary_title(cls, d)

    return {
        "call_successful": call_successful,
        "transcript_summary": transcript_summary,
        "evaluation_criteria_results": evaluation_criteria_results,
        "data_collection_results": data_collection_results,
        "call_summary_title": call_summary_title,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationHistoryAnalysisCommonModel,
    _all_fields,
    {
        "call_successful": _read_call_successful,
        "transcript_summary": _read_transcript_summary,
        "evaluation_criteria_results": _read_evaluation_criteria_results,
        "data_collection_results": _read_data_collection_results,
        "call_summary_title": _read_call_summary_title,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_analysis_common_model_data_collection_results import (
    ConversationHistoryAnalysisCommonModelDataCollectionResults,
)
from ..models.conversation_history_analysis_common_model_evaluation_criteria_results import (
    ConversationHistoryAnalysisCommonModelEvaluationCriteriaResults,
)
