from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="SegmentSubtitleFrame")


@_attrs_define
class SegmentSubtitleFrame:
    """Attributes:
    start_time (float):
    end_time (float):
    lines (list[str]):
    """

    start_time: float

    end_time: float

    lines: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        lines: Any
        try:
            lines = self.lines

        except (AttributeError, TypeError):
            lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not None:
            field_dict["start_time"] = start_time
        if end_time is not None:
            field_dict["end_time"] = end_time
        if lines is not None:
            field_dict["lines"] = lines
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        start_time = d.pop("start_time", MISSING)
        if start_time is MISSING:
            start_time = missing_field(cls, "start_time")

        end_time = d.pop("end_time", MISSING)
        if end_time is MISSING:
            end_time = missing_field(cls, "end_time")

        lines_raw = d.pop("lines", MISSING)
        if lines_raw is MISSING:
            lines_raw = missing_field(cls, "lines")
        try:
            lines = cast(list[str], lines_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            lines = deviating_field(cls, "lines", lines_raw)

        segment_subtitle_frame = cls(
            start_time=start_time,
            end_time=end_time,
            lines=lines,
        )
        segment_subtitle_frame.additional_properties = d
        return segment_subtitle_frame

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
