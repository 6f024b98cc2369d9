from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DubbingSourceSegmentUpdateResponse")


@_attrs_define
class DubbingSourceSegmentUpdateResponse:
    """The result of a source-segment add or edit: the segment and the new revision.

    Attributes:
        segment (DubbingTranscriptSegment): One segment of a source transcript.
        revision (int): The project's source-transcript revision after this edit.
    """

    segment: DubbingTranscriptSegment

    revision: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment = self.segment.to_dict()

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["segment"] = segment
        field_dict["revision"] = revision
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segment = DubbingTranscriptSegment.from_dict(d.pop("segment"))

        revision = d.pop("revision")

        dubbing_source_segment_update_response = cls(
            segment=segment,
            revision=revision,
        )
        dubbing_source_segment_update_response.additional_properties = d
        return dubbing_source_segment_update_response

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
