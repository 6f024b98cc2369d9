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

T = TypeVar("T", bound="SpeakerSegment")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeakerSegment(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "dubs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speaker_segment = cls.__new__(cls)
        speaker_segment.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_id = plain_reader("id", (str,), "a string", True)

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

_read_text = plain_reader("text", (str,), "a string", True)


def _read_subtitles(cls: type[SpeakerSegment], d: Mapping[str, Any]) -> Any:
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


def _read_dubs(cls: type[SpeakerSegment], d: Mapping[str, Any]) -> Any:
    dubs_raw = d.get("dubs", MISSING)
    if dubs_raw is MISSING:
        dubs = missing_field(cls, "dubs")
    else:
        try:
            dubs = SpeakerSegmentDubs.from_dict(dubs_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            dubs = deviating_field(cls, "dubs", dubs_raw)

    return dubs


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "dubs",
    )
)


def _read_additional_properties(cls: type[SpeakerSegment], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeakerSegment], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    start_time = d.get("start_time", MISSING)
    if start_time.__class__ is not float and start_time.__class__ is not int:
        start_time = _read_start_time(cls, d)

    end_time = d.get("end_time", MISSING)
    if end_time.__class__ is not float and end_time.__class__ is not int:
        end_time = _read_end_time(cls, d)

    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    if "subtitles" in known:
        subtitles = known["subtitles"]
    else:
        subtitles = _read_subtitles(cls, d)

    if "dubs" in known:
        dubs = known["dubs"]
    else:
        dubs = _read_dubs(cls, d)

    return {
        "id": id,
        "start_time": start_time,
        "end_time": end_time,
        "text": text,
        "subtitles": subtitles,
        "dubs": dubs,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeakerSegment,
    _all_fields,
    {
        "id": _read_id,
        "start_time": _read_start_time,
        "end_time": _read_end_time,
        "text": _read_text,
        "subtitles": _read_subtitles,
        "dubs": _read_dubs,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.segment_subtitle_frame import SegmentSubtitleFrame
from ..models.speaker_segment_dubs import SpeakerSegmentDubs
