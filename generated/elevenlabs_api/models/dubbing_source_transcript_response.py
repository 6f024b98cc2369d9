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

T = TypeVar("T", bound="DubbingSourceTranscriptResponse")


@_attrs_define
class DubbingSourceTranscriptResponse:
    """Attributes:
    segments (list[DubbingTranscriptSegment]): The source segments, in playback order.
    revision (int): The project's source-transcript revision at read time.
    language (None | str | Unset): BCP-47 language tag of the source transcript (null if unknown).
    """

    segments: list[DubbingTranscriptSegment]

    revision: int

    language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        segments: Any
        try:
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        except (AttributeError, TypeError):
            segments = self.segments

        revision = self.revision

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        if revision is not None or "revision" not in self._missing_fields:
            field_dict["revision"] = revision
        if language is not UNSET:
            field_dict["language"] = language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        segments_raw = d.pop("segments", MISSING)
        if segments_raw is MISSING:
            segments = missing_field(cls, "segments")
            _missing += ("segments",)
        else:
            try:
                expect_array("segments", segments_raw)
                segments = []
                _segments = segments_raw
                for segments_item_data in _segments:
                    segments_item = DubbingTranscriptSegment.from_dict(segments_item_data)

                    segments.append(segments_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                segments = deviating_field(cls, "segments", segments_raw)

        revision = d.pop("revision", MISSING)
        if revision.__class__ is not int:
            if revision is MISSING:
                revision = missing_field(cls, "revision")
                _missing += ("revision",)
            else:
                revision = unexpected_type(cls, "revision", revision, "an integer")

        language = d.pop("language", UNSET)
        if language.__class__ is not str and language is not None and language is not UNSET:
            language = unexpected_type(cls, "language", language, "a string or null")

        dubbing_source_transcript_response = cls(
            segments=segments,
            revision=revision,
            language=language,
        )
        if _missing:
            dubbing_source_transcript_response._missing_fields = _missing
        dubbing_source_transcript_response.additional_properties = d
        return dubbing_source_transcript_response

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
from ..models.dubbing_transcript_segment import DubbingTranscriptSegment
