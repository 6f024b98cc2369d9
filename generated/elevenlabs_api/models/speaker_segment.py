from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpeakerSegment")


@_attrs_define
class SpeakerSegment:
    """Attributes:
    id (str):
    start_time (float):
    end_time (float):
    text (str):
    subtitles (list[SegmentSubtitleFrame]):
    dubs (SpeakerSegmentDubs):
    """

    id: str

    start_time: float

    end_time: float

    text: str

    subtitles: list[SegmentSubtitleFrame]

    dubs: SpeakerSegmentDubs

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_time = self.start_time

        end_time = self.end_time

        text = self.text

        subtitles = []
        for subtitles_item_data in self.subtitles:
            subtitles_item = subtitles_item_data.to_dict()
            subtitles.append(subtitles_item)

        dubs = self.dubs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["start_time"] = start_time
        field_dict["end_time"] = end_time
        field_dict["text"] = text
        field_dict["subtitles"] = subtitles
        field_dict["dubs"] = dubs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        text = d.pop("text")

        subtitles = []
        _subtitles = d.pop("subtitles")
        for subtitles_item_data in _subtitles:
            subtitles_item = SegmentSubtitleFrame.from_dict(subtitles_item_data)

            subtitles.append(subtitles_item)

        dubs = SpeakerSegmentDubs.from_dict(d.pop("dubs"))

        speaker_segment = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            dubs=dubs,
        )
        speaker_segment.additional_properties = d
        return speaker_segment

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
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
from ..models.speaker_segment_dubs import SpeakerSegmentDubs
