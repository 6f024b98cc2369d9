from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if time is not None or "time" not in self._missing_fields:
            field_dict["time"] = time
        if usage is not None or "usage" not in self._missing_fields:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        time = d.pop("time", MISSING)
        if time.__class__ is not list:
            if time is MISSING:
                time = missing_field(cls, "time")
                _missing += ("time",)
            else:
                time = unexpected_type(cls, "time", time, "an array")
        elif time.__class__ is list and time:
            check_items(cls, "time", time, (int,), "an integer")

        usage_raw = d.pop("usage", MISSING)
        if usage_raw is MISSING:
            usage = missing_field(cls, "usage")
            _missing += ("usage",)
        else:
            try:
                usage = UsageCharactersResponseModelUsage.from_dict(usage_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                usage = deviating_field(cls, "usage", usage_raw)

        usage_characters_response_model = cls(
            time=time,
            usage=usage,
        )
        if _missing:
            usage_characters_response_model._missing_fields = _missing
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
