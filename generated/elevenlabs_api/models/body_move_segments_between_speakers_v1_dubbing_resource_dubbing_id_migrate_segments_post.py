from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost")


@_attrs_define
class BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost:
    """Attributes:
    segment_ids (list[str]):
    speaker_id (str):
    """

    segment_ids: list[str]

    speaker_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_ids: Any
        try:
            segment_ids = self.segment_ids

        except (AttributeError, TypeError):
            segment_ids = self.segment_ids

        speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segment_ids is not None:
            field_dict["segment_ids"] = segment_ids
        if speaker_id is not None:
            field_dict["speaker_id"] = speaker_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        segment_ids_raw = d.pop("segment_ids", MISSING)
        if segment_ids_raw is MISSING:
            segment_ids_raw = missing_field(cls, "segment_ids")
        try:
            segment_ids = cast(list[str], segment_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            segment_ids = deviating_field(cls, "segment_ids", segment_ids_raw)

        speaker_id = d.pop("speaker_id", MISSING)
        if speaker_id is MISSING:
            speaker_id = missing_field(cls, "speaker_id")

        body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post = cls(
            segment_ids=segment_ids,
            speaker_id=speaker_id,
        )
        body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post.additional_properties = d
        return body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post

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
