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

T = TypeVar("T", bound="DubbedSegment")


@_attrs_define
class DubbedSegment:
    """Attributes:
    start_time (float):
    end_time (float):
    text (None | str):
    subtitles (list[SegmentSubtitleFrame]):
    audio_stale (bool):
    media_ref (DubbingMediaReference | None):
    """

    start_time: float

    end_time: float

    text: None | str

    subtitles: list[SegmentSubtitleFrame]

    audio_stale: bool

    media_ref: DubbingMediaReference | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        subtitles: Any
        try:
            subtitles = []
            for subtitles_item_data in self.subtitles:
                subtitles_item = subtitles_item_data.to_dict()
                subtitles.append(subtitles_item)

        except (AttributeError, TypeError):
            subtitles = self.subtitles

        audio_stale = self.audio_stale

        media_ref: Any
        try:
            if isinstance(self.media_ref, DubbingMediaReference):
                media_ref = self.media_ref.to_dict()
            else:
                media_ref = self.media_ref

        except (AttributeError, TypeError):
            media_ref = self.media_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not None or "start_time" not in self._missing_fields:
            field_dict["start_time"] = start_time
        if end_time is not None or "end_time" not in self._missing_fields:
            field_dict["end_time"] = end_time
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if subtitles is not None or "subtitles" not in self._missing_fields:
            field_dict["subtitles"] = subtitles
        if audio_stale is not None or "audio_stale" not in self._missing_fields:
            field_dict["audio_stale"] = audio_stale
        if media_ref is not None or "media_ref" not in self._missing_fields:
            field_dict["media_ref"] = media_ref
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

        text = d.pop("text", MISSING)
        if text.__class__ is not str and text is not None:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string or null")

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

        audio_stale = d.pop("audio_stale", MISSING)
        if audio_stale.__class__ is not bool:
            if audio_stale is MISSING:
                audio_stale = missing_field(cls, "audio_stale")
                _missing += ("audio_stale",)
            else:
                audio_stale = unexpected_type(cls, "audio_stale", audio_stale, "a boolean")

        media_ref_raw = d.pop("media_ref", MISSING)
        if media_ref_raw is MISSING:
            media_ref = missing_field(cls, "media_ref")
            _missing += ("media_ref",)
        else:
            try:

                def _parse_media_ref(data: object) -> DubbingMediaReference | None:
                    if data is None:
                        return data

                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    media_ref_type_0 = DubbingMediaReference.from_dict(data)

                    return media_ref_type_0

                media_ref = _parse_media_ref(media_ref_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                media_ref = deviating_field(cls, "media_ref", media_ref_raw)

        dubbed_segment = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            audio_stale=audio_stale,
            media_ref=media_ref,
        )
        if _missing:
            dubbed_segment._missing_fields = _missing
        dubbed_segment.additional_properties = d
        return dubbed_segment

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
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
