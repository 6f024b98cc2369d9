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

T = TypeVar("T", bound="LLMUsage")


@_attrs_define
class LLMUsage:
    """Attributes:
    model_usage (LLMUsageModelUsage | Unset):
    """

    model_usage: LLMUsageModelUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_usage: Any
        try:
            model_usage = UNSET
            if not isinstance(self.model_usage, Unset):
                model_usage = self.model_usage.to_dict()
        except (AttributeError, TypeError):
            model_usage = self.model_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        model_usage_raw = d.pop("model_usage", UNSET)
        try:
            _model_usage = model_usage_raw
            model_usage: LLMUsageModelUsage | Unset
            if isinstance(_model_usage, Unset):
                model_usage = UNSET
            else:
                model_usage = LLMUsageModelUsage.from_dict(_model_usage)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_usage = deviating_field(cls, "model_usage", model_usage_raw)

        llm_usage = cls(
            model_usage=model_usage,
        )
        llm_usage.additional_properties = d
        return llm_usage

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
from ..models.llm_usage_model_usage import LLMUsageModelUsage
