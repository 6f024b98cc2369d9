from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["start_time"] = start_time
        field_dict["end_time"] = end_time
        field_dict["lines"] = lines
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        lines = cast(list[str], d.pop("lines"))

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
