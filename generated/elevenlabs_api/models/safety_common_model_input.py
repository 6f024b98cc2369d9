from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="SafetyCommonModelInput")


@_attrs_define
class SafetyCommonModelInput:
    """Safety object that has the information of safety evaluations based on used voice.

    Attributes:
        ivc (SafetyEvaluation | Unset): Safety evaluation of the agent. Prompt and first message is taken into account.
            The unsafe reason is provided from the evaluation
        non_ivc (SafetyEvaluation | Unset): Safety evaluation of the agent. Prompt and first message is taken into
            account.
            The unsafe reason is provided from the evaluation
    """

    ivc: SafetyEvaluation | Unset = UNSET

    non_ivc: SafetyEvaluation | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ivc: Any
        try:
            ivc = UNSET
            if not isinstance(self.ivc, Unset):
                ivc = self.ivc.to_dict()
        except (AttributeError, TypeError):
            ivc = self.ivc

        non_ivc: Any
        try:
            non_ivc = UNSET
            if not isinstance(self.non_ivc, Unset):
                non_ivc = self.non_ivc.to_dict()
        except (AttributeError, TypeError):
            non_ivc = self.non_ivc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ivc is not UNSET:
            field_dict["ivc"] = ivc
        if non_ivc is not UNSET:
            field_dict["non_ivc"] = non_ivc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        ivc_raw = d.pop("ivc", UNSET)
        try:
            _ivc = ivc_raw
            ivc: SafetyEvaluation | Unset
            if isinstance(_ivc, Unset):
                ivc = UNSET
            else:
                ivc = SafetyEvaluation.from_dict(_ivc)
        except (KeyError, TypeError, ValueError, AttributeError):
            ivc = deviating_field(cls, "ivc", ivc_raw)

        non_ivc_raw = d.pop("non_ivc", UNSET)
        try:
            _non_ivc = non_ivc_raw
            non_ivc: SafetyEvaluation | Unset
            if isinstance(_non_ivc, Unset):
                non_ivc = UNSET
            else:
                non_ivc = SafetyEvaluation.from_dict(_non_ivc)
        except (KeyError, TypeError, ValueError, AttributeError):
            non_ivc = deviating_field(cls, "non_ivc", non_ivc_raw)

        safety_common_model_input = cls(
            ivc=ivc,
            non_ivc=non_ivc,
        )
        safety_common_model_input.additional_properties = d
        return safety_common_model_input

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
from ..models.safety_evaluation import SafetyEvaluation
