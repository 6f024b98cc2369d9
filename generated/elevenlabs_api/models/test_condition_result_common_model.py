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

T = TypeVar("T", bound="TestConditionResultCommonModel")


@_attrs_define
class TestConditionResultCommonModel:
    """Attributes:
    result (EvaluationSuccessResult | str):
    rationale (None | TestConditionRationaleCommonModel | Unset):
    """

    result: EvaluationSuccessResult | str

    rationale: None | TestConditionRationaleCommonModel | Unset = UNSET

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

        rationale: Any
        try:
            if isinstance(self.rationale, Unset):
                rationale = UNSET
            elif isinstance(self.rationale, TestConditionRationaleCommonModel):
                rationale = self.rationale.to_dict()
            else:
                rationale = self.rationale

        except (AttributeError, TypeError):
            rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not None or "result" not in self._missing_fields:
            field_dict["result"] = result
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
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

        rationale_raw = d.pop("rationale", UNSET)
        try:

            def _parse_rationale(data: object) -> None | TestConditionRationaleCommonModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                rationale_type_0 = TestConditionRationaleCommonModel.from_dict(data)

                return rationale_type_0

            rationale = _parse_rationale(rationale_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            rationale = deviating_field(cls, "rationale", rationale_raw)

        test_condition_result_common_model = cls(
            result=result,
            rationale=rationale,
        )
        if _missing:
            test_condition_result_common_model._missing_fields = _missing
        test_condition_result_common_model.additional_properties = d
        return test_condition_result_common_model

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
from ..models.test_condition_rationale_common_model import TestConditionRationaleCommonModel
