from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbedSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbedSegment(Lazy):
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

    text: None | str = _attrs_field(default=None, kw_only=True)

    subtitles: list[SegmentSubtitleFrame]

    audio_stale: bool

    media_ref: DubbingMediaReference | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "audio_stale",
        "media_ref",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbed_segment = cls.__new__(cls)
        dubbed_segment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_start_time = plain_reader(
    "start_time",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_end_time = plain_reader(
    "end_time",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)


def _read_subtitles(cls: type[DubbedSegment], d: Mapping[str, Any]) -> Any:
    subtitles_raw = d.get("subtitles", MISSING)
    if subtitles_raw is MISSING:
        subtitles = missing_field(cls, "subtitles")
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

    return subtitles


_read_audio_stale = plain_reader("audio_stale", (bool,), "a boolean", True)


def _read_media_ref(cls: type[DubbedSegment], d: Mapping[str, Any]) -> Any:
    media_ref_raw = d.get("media_ref", MISSING)
    if media_ref_raw is MISSING:
        media_ref = missing_field(cls, "media_ref")
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

    return media_ref


_FIELDS: frozenset[str] = frozenset(
    (
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "audio_stale",
        "media_ref",
    )
)


def _read_additional_properties(cls: type[DubbedSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbedSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_time = d.get("start_time", MISSING)
    if start_time.__class__ is not float and start_time.__class__ is not int:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", MISSING)
    if end_time.__class__ is not float and end_time.__class__ is not int:
        end_time = _read_end_time(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str and text is not None:
        text = _read_text(cls, d)

    if "subtitles" in known:
        subtitles = known["subtitles"]
    else:
        subtitles = _read_subtitles(cls, d)

    audio_stale = d.get("audio_stale", MISSING)
    if audio_stale.__class__ is not bool:
        audio_stale = _read_audio_stale(cls, d)

    if "media_ref" in known:
        media_ref = known["media_ref"]
    else:
        media_ref = d.get("media_ref", MISSING)
        if media_ref is not None:
            media_ref = _read_media_ref(cls, d)

    return {
        "start_time": start_time,
        "end_time": end_time,
        "text": text,
        "subtitles": subtitles,
        "audio_stale": audio_stale,
        "media_ref": media_ref,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbedSegment,
    _all_fields,
    {
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "text": _read_text,
        "subtitles": _read_subtitles,
        "audio_stale": _read_audio_stale,
        "media_ref": _read_media_ref,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
