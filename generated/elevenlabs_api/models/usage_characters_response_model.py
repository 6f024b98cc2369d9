from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="UsageCharactersResponseModel")


@_attrs_define
class UsageCharactersResponseModel:
    """Example:
        {'time': [1738252091000, 1739404800000], 'usage': {'All': [49, 1053]}}

    Attributes:
        time (list[int]): The time axis with unix timestamps for each day.
        usage (UsageCharactersResponseModelUsage): The usage of each breakdown type along the time axis.
    """

    time: list[int]

    usage: UsageCharactersResponseModelUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time: Any
        try:
            time = self.time

        except (AttributeError, TypeError):
            time = self.time

        usage: Any
        try:
            usage = self.usage.to_dict()
        except (AttributeError, TypeError):
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if time is not None:
            field_dict["time"] = time
        if usage is not None:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        time_raw = d.pop("time", MISSING)
        if time_raw is MISSING:
            time_raw = missing_field(cls, "time")
        try:
            time = cast(list[int], time_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            time = deviating_field(cls, "time", time_raw)

        usage_raw = d.pop("usage", MISSING)
        if usage_raw is MISSING:
            usage_raw = missing_field(cls, "usage")
        try:
            usage = UsageCharactersResponseModelUsage.from_dict(usage_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            usage = deviating_field(cls, "usage", usage_raw)

        usage_characters_response_model = cls(
            time=time,
            usage=usage,
        )
        usage_characters_response_model.additional_properties = d
        return usage_characters_response_model

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
from ..models.usage_characters_response_model_usage import UsageCharactersResponseModelUsage
