from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DubbingTargetTranscriptResponse")


@_attrs_define
class DubbingTargetTranscriptResponse:
    """Attributes:
    target_language (str): BCP-47 language tag this target is translated into.
    segments (list[DubbingTargetTranscriptSegment]): The target segments, in playback order.
    revision (int): The target's revision at read time.
    source_language (None | str | Unset): BCP-47 language tag of the source transcript.
    """

    target_language: str

    segments: list[DubbingTargetTranscriptSegment]

    revision: int

    source_language: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_language = self.target_language

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        revision = self.revision

        source_language: None | str | Unset = self.source_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["target_language"] = target_language
        field_dict["segments"] = segments
        field_dict["revision"] = revision
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_language = d.pop("target_language")

        segments = []
        _segments = d.pop("segments")
        for segments_item_data in _segments:
            segments_item = DubbingTargetTranscriptSegment.from_dict(segments_item_data)

            segments.append(segments_item)

        revision = d.pop("revision")

        source_language = d.pop("source_language", UNSET)

        dubbing_target_transcript_response = cls(
            target_language=target_language,
            segments=segments,
            revision=revision,
            source_language=source_language,
        )
        dubbing_target_transcript_response.additional_properties = d
        return dubbing_target_transcript_response

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
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
