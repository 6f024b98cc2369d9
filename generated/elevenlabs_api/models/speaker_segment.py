from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_time = self.start_time

        end_time = self.end_time

        text = self.text

        subtitles: Any
        try:
            subtitles = []
            for subtitles_item_data in self.subtitles:
                subtitles_item = subtitles_item_data.to_dict()
                subtitles.append(subtitles_item)

        except (AttributeError, TypeError):
            subtitles = self.subtitles

        dubs: Any
        try:
            dubs = self.dubs.to_dict()
        except (AttributeError, TypeError):
            dubs = self.dubs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if start_time is not None or "start_time" not in self._missing_fields:
            field_dict["start_time"] = start_time
        if end_time is not None or "end_time" not in self._missing_fields:
            field_dict["end_time"] = end_time
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if subtitles is not None or "subtitles" not in self._missing_fields:
            field_dict["subtitles"] = subtitles
        if dubs is not None or "dubs" not in self._missing_fields:
            field_dict["dubs"] = dubs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

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

        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        subtitles_raw = d.pop("subtitles", MISSING)
        if subtitles_raw is MISSING:
            subtitles = missing_field(cls, "subtitles")
            _missing += ("subtitles",)
        else:
            try:
                expect_array("subtitles", subtitles_raw)
                subtitles = []
                _subtitles = subtitles_raw
                for subtitles_item_data in _subtitles:
                    subtitles_item = SegmentSubtitleFrame.from_dict(subtitles_item_data)

                    subtitles.append(subtitles_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                subtitles = deviating_field(cls, "subtitles", subtitles_raw)

        dubs_raw = d.pop("dubs", MISSING)
        if dubs_raw is MISSING:
            dubs = missing_field(cls, "dubs")
            _missing += ("dubs",)
        else:
            try:
                dubs = SpeakerSegmentDubs.from_dict(dubs_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                dubs = deviating_field(cls, "dubs", dubs_raw)

        speaker_segment = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            dubs=dubs,
        )
        if _missing:
            speaker_segment._missing_fields = _missing
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
