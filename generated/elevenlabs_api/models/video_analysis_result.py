from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VideoAnalysisResult")


@_attrs_define
class VideoAnalysisResult:
    """Attributes:
    title (str):
    description (str):
    content_type (None | str | Unset):
    overall_pacing (None | str | Unset):
    subjects (list[VideoSubject] | Unset):
    segments (list[VideoSegment] | Unset):
    key_moments (list[VideoKeyMoment] | Unset):
    """

    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    subjects: list[VideoSubject] | Unset = UNSET

    segments: list[VideoSegment] | Unset = UNSET

    key_moments: list[VideoKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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

        subjects: Any
        try:
            subjects = UNSET
            if not isinstance(self.subjects, Unset):
                subjects = []
                for subjects_item_data in self.subjects:
                    subjects_item = subjects_item_data.to_dict()
                    subjects.append(subjects_item)

        except (AttributeError, TypeError):
            subjects = self.subjects

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
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if segments is not UNSET:
            field_dict["segments"] = segments
        if key_moments is not UNSET:
            field_dict["key_moments"] = key_moments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        title = d.pop("title", MISSING)
        if title.__class__ is not str:
            if title is MISSING:
                title = missing_field(cls, "title")
                _missing += ("title",)
            else:
                title = unexpected_type(cls, "title", title, "a string")

        description = d.pop("description", MISSING)
        if description.__class__ is not str:
            if description is MISSING:
                description = missing_field(cls, "description")
                _missing += ("description",)
            else:
                description = unexpected_type(cls, "description", description, "a string")

        content_type = d.pop("content_type", UNSET)
        if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
            content_type = unexpected_type(cls, "content_type", content_type, "a string or null")

        overall_pacing = d.pop("overall_pacing", UNSET)
        if overall_pacing.__class__ is not str and overall_pacing is not None and overall_pacing is not UNSET:
            overall_pacing = unexpected_type(cls, "overall_pacing", overall_pacing, "a string or null")

        subjects_raw = d.pop("subjects", UNSET)
        try:
            expect_array("subjects", subjects_raw)
            _subjects = subjects_raw
            subjects: list[VideoSubject] | Unset = UNSET
            if _subjects is not UNSET:
                subjects = []
                for subjects_item_data in _subjects:
                    subjects_item = VideoSubject.from_dict(subjects_item_data)

                    subjects.append(subjects_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            subjects = deviating_field(cls, "subjects", subjects_raw)

        segments_raw = d.pop("segments", UNSET)
        try:
            expect_array("segments", segments_raw)
            _segments = segments_raw
            segments: list[VideoSegment] | Unset = UNSET
            if _segments is not UNSET:
                segments = []
                for segments_item_data in _segments:
                    segments_item = VideoSegment.from_dict(segments_item_data)

                    segments.append(segments_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            segments = deviating_field(cls, "segments", segments_raw)

        key_moments_raw = d.pop("key_moments", UNSET)
        try:
            expect_array("key_moments", key_moments_raw)
            _key_moments = key_moments_raw
            key_moments: list[VideoKeyMoment] | Unset = UNSET
            if _key_moments is not UNSET:
                key_moments = []
                for key_moments_item_data in _key_moments:
                    key_moments_item = VideoKeyMoment.from_dict(key_moments_item_data)

                    key_moments.append(key_moments_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            key_moments = deviating_field(cls, "key_moments", key_moments_raw)

        video_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            overall_pacing=overall_pacing,
            subjects=subjects,
            segments=segments,
            key_moments=key_moments,
        )
        if _missing:
            video_analysis_result._missing_fields = _missing
        video_analysis_result.additional_properties = d
        return video_analysis_result

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
from ..models.video_key_moment import VideoKeyMoment
from ..models.video_segment import VideoSegment
from ..models.video_subject import VideoSubject
