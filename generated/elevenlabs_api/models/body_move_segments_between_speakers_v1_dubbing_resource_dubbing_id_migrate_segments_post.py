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
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost(Lazy):
    """Attributes:
    segment_ids (list[str]):
    speaker_id (str):
    """

    segment_ids: list[str]

    speaker_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "segment_ids",
        "speaker_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post = cls.__new__(cls)
        body_move_segments_between_speakers_v1_dubbing_resource_dubbing_id_migrate_segments_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_segment_ids = plain_reader("segment_ids", (list,), "an array", True, ((str,), "a string"))

_read_speaker_id = plain_reader("speaker_id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "segment_ids",
        "speaker_id",
    )
)


def _read_additional_properties(
    cls: type[BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    segment_ids = d.get("segment_ids", MISSING)
    if segment_ids.__class__ is not list:
        segment_ids = _read_segment_ids(cls, d)
    elif segment_ids.__class__ is list and segment_ids:
        check_items(cls, "segment_ids", segment_ids, (str,), "a string")

    speaker_id = d.get("speaker_id", MISSING)
    if speaker_id.__class__ is not str:
        speaker_id = _read_speaker_id(cls, d)

    return {
        "segment_ids": segment_ids,
        "speaker_id": speaker_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyMoveSegmentsBetweenSpeakersV1DubbingResourceDubbingIdMigrateSegmentsPost,
    _all_fields,
    {
        "segment_ids": _read_segment_ids,
        "speaker_id": _read_speaker_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
