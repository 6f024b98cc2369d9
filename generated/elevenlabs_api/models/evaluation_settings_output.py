from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="EvaluationSettingsOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class EvaluationSettingsOutput(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        evaluation_settings_output = cls.__new__(cls)
        evaluation_settings_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return evaluation_settings_output

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


def _read_criteria(cls: type[EvaluationSettingsOutput], d: Mapping[str, Any]) -> Any:
    criteria_raw = d.get("criteria", UNSET)
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

    return criteria


_FIELDS: frozenset[str] = frozenset(("criteria",))


def _read_additional_properties(cls: type[EvaluationSettingsOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[EvaluationSettingsOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "criteria" in known:
        criteria = known["criteria"]
    else:
        criteria = d.get("criteria", UNSET)
        if criteria is not UNSET:
            criteria = _read_criteria(cls, d)

    return {
        "criteria": criteria,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    EvaluationSettingsOutput,
    _all_fields,
    {
        "criteria": _read_criteria,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.prompt_evaluation_criteria import PromptEvaluationCriteria
