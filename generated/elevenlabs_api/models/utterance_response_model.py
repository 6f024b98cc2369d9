from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="UtteranceResponseModel")


@_attrs_define
class UtteranceResponseModel:
    """Example:
        {'end': 1.0, 'start': 0.0}

    Attributes:
        start (float): The start time of the utterance in seconds.
        end (float): The end time of the utterance in seconds.
    """

    start: float

    end: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start is not None or "start" not in self._missing_fields:
            field_dict["start"] = start
        if end is not None or "end" not in self._missing_fields:
            field_dict["end"] = end
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start = d.pop("start", MISSING)
        if start.__class__ is not float and start.__class__ is not int:
            if start is MISSING:
                start = missing_field(cls, "start")
                _missing += ("start",)
            else:
                start = unexpected_type(cls, "start", start, "a number")

        end = d.pop("end", MISSING)
        if end.__class__ is not float and end.__class__ is not int:
            if end is MISSING:
                end = missing_field(cls, "end")
                _missing += ("end",)
            else:
                end = unexpected_type(cls, "end", end, "a number")

        utterance_response_model = cls(
            start=start,
            end=end,
        )
        if _missing:
            utterance_response_model._missing_fields = _missing
        utterance_response_model.additional_properties = d
        return utterance_response_model

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
