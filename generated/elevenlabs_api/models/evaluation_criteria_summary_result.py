from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult
from ..types import MISSING, UNSET, Unset, missing_field

T = TypeVar("T", bound="EvaluationCriteriaSummaryResult")


@_attrs_define
class EvaluationCriteriaSummaryResult:
    """Attributes:
    result (EvaluationSuccessResult | str):
    score (int | None | Unset):
    max_score (int | None | Unset):
    """

    result: EvaluationSuccessResult | str

    score: int | None | Unset = UNSET

    max_score: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: Any
        try:
            if isinstance(self.result, str):
                result = self.result
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

        score: Any
        try:
            score = self.score

        except (AttributeError, TypeError):
            score = self.score

        max_score: Any
        try:
            max_score = self.max_score

        except (AttributeError, TypeError):
            max_score = self.max_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not None:
            field_dict["result"] = result
        if score is not UNSET:
            field_dict["score"] = score
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        result = d.pop("result", MISSING)
        if result is MISSING:
            result = missing_field(cls, "result")

        score = d.pop("score", UNSET)

        max_score = d.pop("max_score", UNSET)

        evaluation_criteria_summary_result = cls(
            result=result,
            score=score,
            max_score=max_score,
        )
        evaluation_criteria_summary_result.additional_properties = d
        return evaluation_criteria_summary_result

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
