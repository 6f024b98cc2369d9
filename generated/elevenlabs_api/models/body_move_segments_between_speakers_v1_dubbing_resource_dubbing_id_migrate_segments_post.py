from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        segment_ids: Any
        try:
            segment_ids = self.segment_ids

        except (AttributeError, TypeError):
            segment_ids = self.segment_ids

        speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segment_ids is not None or "segment_ids" not in self._missing_fields:
            field_dict["segment_ids"] = segment_ids
        if speaker_id is not None or "speaker_id" not in self._missing_fields:
            field_dict["speaker_id"] = speaker_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        segment_ids = d.pop("segment_ids", MISSING)
        if segment_ids.__class__ is not list:
            if segment_ids is MISSING:
                segment_ids = missing_field(cls, "segment_ids")
                _missing += ("segment_ids",)
            else:
                segment_ids = unexpected_type(cls, "segment_ids", segment_ids, "an array")
        elif segment_ids.__class__ is list and segment_ids:
            check_items(cls, "segment_ids", segment_ids, (str,), "a string")

        speaker_id = d.pop("speaker_id", MISSING)
        if speaker_id.__class__ is not str:
            if speaker_id is MISSING:
                speaker_id = missing_field(cls, "speaker_id")
                _missing += ("speaker_id",)
            else:
                speaker_id = unexpected_type(cls, "speaker_id", speaker_id, "a string")

        body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post = cls(
            segment_ids=segment_ids,
            speaker_id=speaker_id,
        )
        if _missing:
            body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post._missing_fields = (
                _missing
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
