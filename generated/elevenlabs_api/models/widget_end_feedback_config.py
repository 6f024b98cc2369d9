from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.widget_end_feedback_type import WidgetEndFeedbackType
from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="WidgetEndFeedbackConfig")


@_attrs_define
class WidgetEndFeedbackConfig:
    """Attributes:
    type_ (str | Unset | WidgetEndFeedbackType): The type of feedback to collect at the end of the conversation
        Default: 'rating'.
    """

    type_: str | Unset | WidgetEndFeedbackType = "rating"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: Any
        try:
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str and type_ is not UNSET:
            type_ = unexpected_type(cls, "type", type_, "a string")

        widget_end_feedback_config = cls(
            type_=type_,
        )
        widget_end_feedback_config.additional_properties = d
        return widget_end_feedback_config

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
