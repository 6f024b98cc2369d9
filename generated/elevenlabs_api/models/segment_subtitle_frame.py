from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if start_time is not None or "start_time" not in self._missing_fields:
            field_dict["start_time"] = start_time
        if end_time is not None or "end_time" not in self._missing_fields:
            field_dict["end_time"] = end_time
        if lines is not None or "lines" not in self._missing_fields:
            field_dict["lines"] = lines
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start_time = d.pop("start_time", MISSING)
        if start_time.__class__ is not float and start_time.__class__ is not int:
            if start_time is MISSING:
                start_time = missing_field(cls, "start_time")
                _missing += ("start_time",)
            else:
                start_time = unexpected_type(cls, "start_time", start_time, "a number")

        end_time = d.pop("end_time", MISSING)
        if end_time.__class__ is not float and end_time.__class__ is not int:
            if end_time is MISSING:
                end_time = missing_field(cls, "end_time")
                _missing += ("end_time",)
            else:
                end_time = unexpected_type(cls, "end_time", end_time, "a number")

        lines = d.pop("lines", MISSING)
        if lines.__class__ is not list:
            if lines is MISSING:
                lines = missing_field(cls, "lines")
                _missing += ("lines",)
            else:
                lines = unexpected_type(cls, "lines", lines, "an array")
        elif lines.__class__ is list and lines:
            check_items(cls, "lines", lines, (str,), "a string")

        segment_subtitle_frame = cls(
            start_time=start_time,
            end_time=end_time,
            lines=lines,
        )
        if _missing:
            segment_subtitle_frame._missing_fields = _missing
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
