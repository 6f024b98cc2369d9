from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryEvaluationCriteriaResultCommonModel")


@_attrs_define
class ConversationHistoryEvaluationCriteriaResultCommonModel:
    """Attributes:
    criteria_id (str):
    result (EvaluationSuccessResult | str):
    rationale (str):
    """

    criteria_id: str

    result: EvaluationSuccessResult | str

    rationale: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        criteria_id = self.criteria_id

        result: Any
        try:
            if isinstance(self.result, str):
                result = self.result
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

        rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if criteria_id is not None or "criteria_id" not in self._missing_fields:
            field_dict["criteria_id"] = criteria_id
        if result is not None or "result" not in self._missing_fields:
            field_dict["result"] = result
        if rationale is not None or "rationale" not in self._missing_fields:
            field_dict["rationale"] = rationale
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        criteria_id = d.pop("criteria_id", MISSING)
        if criteria_id.__class__ is not str:
            if criteria_id is MISSING:
                criteria_id = missing_field(cls, "criteria_id")
                _missing += ("criteria_id",)
            else:
                criteria_id = unexpected_type(cls, "criteria_id", criteria_id, "a string")

        result = d.pop("result", MISSING)
        if result.__class__ is not str:
            if result is MISSING:
                result = missing_field(cls, "result")
                _missing += ("result",)
            else:
                result = unexpected_type(cls, "result", result, "a string")

        rationale = d.pop("rationale", MISSING)
        if rationale.__class__ is not str:
            if rationale is MISSING:
                rationale = missing_field(cls, "rationale")
                _missing += ("rationale",)
            else:
                rationale = unexpected_type(cls, "rationale", rationale, "a string")

        conversation_history_evaluation_criteria_result_common_model = cls(
            criteria_id=criteria_id,
            result=result,
            rationale=rationale,
        )
        if _missing:
            conversation_history_evaluation_criteria_result_common_model._missing_fields = _missing
        conversation_history_evaluation_criteria_result_common_model.additional_properties = d
        return conversation_history_evaluation_criteria_result_common_model

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
