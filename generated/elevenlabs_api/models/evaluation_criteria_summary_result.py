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
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if result is not None or "result" not in self._missing_fields:
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
        _missing: tuple[str, ...] = ()
        result = d.pop("result", MISSING)
        if result.__class__ is not str:
            if result is MISSING:
                result = missing_field(cls, "result")
                _missing += ("result",)
            else:
                result = unexpected_type(cls, "result", result, "a string")

        score = d.pop("score", UNSET)
        if score.__class__ is not int and score is not None and score is not UNSET:
            score = unexpected_type(cls, "score", score, "an integer or null")

        max_score = d.pop("max_score", UNSET)
        if max_score.__class__ is not int and max_score is not None and max_score is not UNSET:
            max_score = unexpected_type(cls, "max_score", max_score, "an integer or null")

        evaluation_criteria_summary_result = cls(
            result=result,
            score=score,
            max_score=max_score,
        )
        if _missing:
            evaluation_criteria_summary_result._missing_fields = _missing
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
