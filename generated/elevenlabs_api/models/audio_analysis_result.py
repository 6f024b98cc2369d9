from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioAnalysisResult")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioAnalysisResult(Lazy):
    """Attributes:
    title (str):
    description (str):
    content_type (None | str | Unset):
    overall_pacing (None | str | Unset):
    segments (list[AudioSegment] | Unset):
    key_moments (list[AudioKeyMoment] | Unset):
    """

    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    segments: list[AudioSegment] | Unset = UNSET

    key_moments: list[AudioKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "title",
        "description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        title = self.title

        description = self.description

        content_type: Any
        try:
            content_type = self.content_type

        except (AttributeError, TypeError):
            content_type = self.content_type

        overall_pacing: Any
        try:
            overall_pacing = self.overall_pacing

        except (AttributeError, TypeError):
            overall_pacing = self.overall_pacing

        segments: Any
        try:
            segments = UNSET
            if not isinstance(self.segments, Unset):
                segments = []
                for segments_item_data in self.segments:
                    segments_item = segments_item_data.to_dict()
                    segments.append(segments_item)

        except (AttributeError, TypeError):
            segments = self.segments

        key_moments: Any
        try:
            key_moments = UNSET
            if not isinstance(self.key_moments, Unset):
                key_moments = []
                for key_moments_item_data in self.key_moments:
                    key_moments_item = key_moments_item_data.to_dict()
                    key_moments.append(key_moments_item)

        except (AttributeError, TypeError):
            key_moments = self.key_moments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not None or "title" not in self._missing_fields:
            field_dict["title"] = title
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if overall_pacing is not UNSET:
            field_dict["overall_pacing"] = overall_pacing
        if segments is not UNSET:
            field_dict["segments"] = segments
        if key_moments is not UNSET:
            field_dict["key_moments"] = key_moments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_analysis_result = cls.__new__(cls)
        audio_analysis_result.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return audio_analysis_result

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


_read_title = plain_reader("title", (str,), "a string", True)

_read_description = plain_reader("description", (str,), "a string", True)

_read_content_type = plain_reader(
    "content_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_overall_pacing = plain_reader(
    "overall_pacing",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_segments(cls: type[AudioAnalysisResult], d: Mapping[str, Any]) -> Any:
    segments_raw = d.get("segments", UNSET)
    try:
        expect_array("segments", segments_raw)
        _segments = segments_raw
        segments: list[AudioSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = AudioSegment.from_dict(segments_item_data)

                segments.append(segments_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        segments = deviating_field(cls, "segments", segments_raw)

    return segments


def _read_key_moments(cls: type[AudioAnalysisResult], d: Mapping[str, Any]) -> Any:
    key_moments_raw = d.get("key_moments", UNSET)
    try:
        expect_array("key_moments", key_moments_raw)
        _key_moments = key_moments_raw
        key_moments: list[AudioKeyMoment] | Unset = UNSET
        if _key_moments is not UNSET:
            key_moments = []
            for key_moments_item_data in _key_moments:
                key_moments_item = AudioKeyMoment.from_dict(key_moments_item_data)

                key_moments.append(key_moments_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        key_moments = deviating_field(cls, "key_moments", key_moments_raw)

    return key_moments


_FIELDS: frozenset[str] = frozenset(
    (
        "title",
        "description",
        "content_type",
        "overall_pacing",
        "segments",
        "key_moments",
    )
)


def _read_additional_properties(cls: type[AudioAnalysisResult], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioAnalysisResult], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    title = d.get("title", MISSING)
    if title.__class__ is not str:
        title = _read_title(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    content_type = d.get("content_type", UNSET)
    if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
        content_type = _read_content_type(cls, d)

    overall_pacing = d.get("overall_pacing", UNSET)
    if overall_pacing.__class__ is not str and overall_pacing is not None and overall_pacing is not UNSET:
        overall_pacing = _read_overall_pacing(cls, d)

    if "segments" in known:
        segments = known["segments"]
    else:
        segments = d.get("segments", UNSET)
        if segments is not UNSET:
            segments = _read_segments(cls, d)

    if "key_moments" in known:
        key_moments = known["key_moments"]
    else:
        key_moments = d.get("key_moments", UNSET)
        if key_moments is not UNSET:
            key_moments = _read_key_moments(cls, d)

    return {
        "title": title,
        "description": description,
        "content_type": content_type,
        "overall_pacing": overall_pacing,
        "segments": segments,
        "key_moments": key_moments,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AudioAnalysisResult,
    _all_fields,
    {
        "title": _read_title,
        "description": _read_description,
        "content_type": _read_content_type,
        "overall_pacing": _read_overall_pacing,
        "segments": _read_segments,
        "key_moments": _read_key_moments,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_key_moment import AudioKeyMoment
from ..models.audio_segment import AudioSegment
