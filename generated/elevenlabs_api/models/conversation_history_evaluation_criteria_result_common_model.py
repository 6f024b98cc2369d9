from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_success_result import EvaluationSuccessResult

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

    def to_dict(self) -> dict[str, Any]:
        criteria_id = self.criteria_id

        result: str
        if isinstance(self.result, str):
            result = self.result
        else:
            result = self.result

        rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["criteria_id"] = criteria_id
        field_dict["result"] = result
        field_dict["rationale"] = rationale
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        criteria_id = d.pop("criteria_id")

        result = d.pop("result")

        rationale = d.pop("rationale")

        conversation_history_evaluation_criteria_result_common_model = cls(
            criteria_id=criteria_id,
            result=result,
            rationale=rationale,
        )
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
