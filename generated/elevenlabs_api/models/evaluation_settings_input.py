from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
)

T = TypeVar("T", bound="EvaluationSettingsInput")


@_attrs_define
class EvaluationSettingsInput:
    """Settings to evaluate an agent's performance.
    Agents are evaluated against a set of criteria, with success being defined as meeting some combination of those
    criteria.

    Attributes:
        criteria (list[PromptEvaluationCriteria] | Unset): Individual criteria that the agent should be evaluated
            against
    """

    criteria: list[PromptEvaluationCriteria] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criteria: Any
        try:
            criteria = UNSET
            if not isinstance(self.criteria, Unset):
                criteria = []
                for criteria_item_data in self.criteria:
                    criteria_item = criteria_item_data.to_dict()
                    criteria.append(criteria_item)

        except (AttributeError, TypeError):
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        criteria_raw = d.pop("criteria", UNSET)
        try:
            expect_array("criteria", criteria_raw)
            _criteria = criteria_raw
            criteria: list[PromptEvaluationCriteria] | Unset = UNSET
            if _criteria is not UNSET:
                criteria = []
                for criteria_item_data in _criteria:
                    criteria_item = PromptEvaluationCriteria.from_dict(criteria_item_data)

                    criteria.append(criteria_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            criteria = deviating_field(cls, "criteria", criteria_raw)

        evaluation_settings_input = cls(
            criteria=criteria,
        )
        evaluation_settings_input.additional_properties = d
        return evaluation_settings_input

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
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
