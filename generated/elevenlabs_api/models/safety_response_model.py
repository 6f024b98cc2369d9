from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="SafetyResponseModel")


@_attrs_define
class SafetyResponseModel:
    """Attributes:
    is_blocked_ivc (bool | Unset):  Default: False.
    is_blocked_non_ivc (bool | Unset):  Default: False.
    ignore_safety_evaluation (bool | Unset):  Default: False.
    """

    is_blocked_ivc: bool | Unset = False

    is_blocked_non_ivc: bool | Unset = False

    ignore_safety_evaluation: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_blocked_ivc = self.is_blocked_ivc

        is_blocked_non_ivc = self.is_blocked_non_ivc

        ignore_safety_evaluation = self.ignore_safety_evaluation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_blocked_ivc is not UNSET:
            field_dict["is_blocked_ivc"] = is_blocked_ivc
        if is_blocked_non_ivc is not UNSET:
            field_dict["is_blocked_non_ivc"] = is_blocked_non_ivc
        if ignore_safety_evaluation is not UNSET:
            field_dict["ignore_safety_evaluation"] = ignore_safety_evaluation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        is_blocked_ivc = d.pop("is_blocked_ivc", UNSET)
        if is_blocked_ivc.__class__ is not bool and is_blocked_ivc is not UNSET:
            is_blocked_ivc = unexpected_type(cls, "is_blocked_ivc", is_blocked_ivc, "a boolean")

        is_blocked_non_ivc = d.pop("is_blocked_non_ivc", UNSET)
        if is_blocked_non_ivc.__class__ is not bool and is_blocked_non_ivc is not UNSET:
            is_blocked_non_ivc = unexpected_type(cls, "is_blocked_non_ivc", is_blocked_non_ivc, "a boolean")

        ignore_safety_evaluation = d.pop("ignore_safety_evaluation", UNSET)
        if ignore_safety_evaluation.__class__ is not bool and ignore_safety_evaluation is not UNSET:
            ignore_safety_evaluation = unexpected_type(
                cls, "ignore_safety_evaluation", ignore_safety_evaluation, "a boolean"
            )

        safety_response_model = cls(
            is_blocked_ivc=is_blocked_ivc,
            is_blocked_non_ivc=is_blocked_non_ivc,
            ignore_safety_evaluation=ignore_safety_evaluation,
        )
        safety_response_model.additional_properties = d
        return safety_response_model

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
