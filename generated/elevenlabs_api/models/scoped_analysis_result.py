from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AnalysisScope,
    EvaluationSuccessResult,
    check_analysis_scope,
    check_evaluation_success_result,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ScopedAnalysisResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ScopedAnalysisResult(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "scope",
        "source_agent_id",
        "successful",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        scoped_analysis_result = cls.__new__(cls)
        scoped_analysis_result.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_scope(cls: type[ScopedAnalysisResult], d: Mapping[str, Any]) -> Any:
    scope_raw = d.get("scope", MISSING)
    if scope_raw is MISSING:
        scope = missing_field(cls, "scope")
    else:
        try:
            scope = check_analysis_scope(scope_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            scope = deviating_field(cls, "scope", scope_raw)

    return scope


_read_source_agent_id = plain_reader("source_agent_id", (str,), "a string", True)


def _read_successful(cls: type[ScopedAnalysisResult], d: Mapping[str, Any]) -> Any:
    successful_raw = d.get("successful", MISSING)
    if successful_raw is MISSING:
        successful = missing_field(cls, "successful")
    else:
        try:
            successful = check_evaluation_success_result(successful_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            successful = deviating_field(cls, "successful", successful_raw)

    return successful


_read_source_branch_id = plain_reader(
    "source_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_evaluation_criteria_results(cls: type[ScopedAnalysisResult], d: Mapping[str, Any]) -> Any:
    evaluation_criteria_results_raw = d.get("evaluation_criteria_results", UNSET)
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

    return evaluation_criteria_results


def _read_data_collection_results(cls: type[ScopedAnalysisResult], d: Mapping[str, Any]) -> Any:
    data_collection_results_raw = d.get("data_collection_results", UNSET)
    try:
        _data_collection_results = data_collection_results_raw
        data_collection_results: ScopedAnalysisResultDataCollectionResults | Unset
        if isinstance(_data_collection_results, Unset):
            data_collection_results = UNSET
        else:
            data_collection_results = ScopedAnalysisResultDataCollectionResults.from_dict(_data_collection_results)
    except (KeyError, TypeError, ValueError, AttributeError):
        data_collection_results = deviating_field(cls, "data_collection_results", data_collection_results_raw)

    return data_collection_results


_read_success_score = plain_reader(
    "success_score",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "scope",
        "source_agent_id",
        "successful",
        "source_branch_id",
        "evaluation_criteria_results",
        "data_collection_results",
        "success_score",
    )
)


def _read_additional_properties(cls: type[ScopedAnalysisResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ScopedAnalysisResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "scope" in known:
        scope = known["scope"]
    else:
        scope = _read_scope(cls, d)

    source_agent_id = d.get("source_agent_id", MISSING)
    if source_agent_id.__class__ is not str:
        source_agent_id = _read_source_agent_id(cls, d)

    if "successful" in known:
        successful = known["successful"]
    else:
        successful = _read_successful(cls, d)

    source_branch_id = d.get("source_branch_id", UNSET)
    if source_branch_id.__class__ is not str and source_branch_id is not None and source_branch_id is not UNSET:
        source_branch_id = _read_source_branch_id(cls, d)

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

    success_score = d.get("success_score", UNSET)
    if (
        success_score.__class__ is not float
        and success_score.__class__ is not int
        and success_score is not None
        and success_score is not UNSET
    ):
        success_score = _read_success_score(cls, d)

    return {
        "scope": scope,
        "source_agent_id": source_agent_id,
        "successful": successful,
        "source_branch_id": source_branch_id,
        "evaluation_criteria_results": evaluation_criteria_results,
        "data_collection_results": data_collection_results,
        "success_score": success_score,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ScopedAnalysisResult,
    _all_fields,
    {
        "scope": _read_scope,
        "source_agent_id": _read_source_agent_id,
        "successful": _read_successful,
        "source_branch_id": _read_source_branch_id,
        "evaluation_criteria_results": _read_evaluation_criteria_results,
        "data_collection_results": _read_data_collection_results,
        "success_score": _read_success_score,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.scoped_analysis_result_data_collection_results import ScopedAnalysisResultDataCollectionResults
from ..models.scoped_analysis_result_evaluation_criteria_results import ScopedAnalysisResultEvaluationCriteriaResults
