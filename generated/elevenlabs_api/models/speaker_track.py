from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="SpeakerTrack")


@_attrs_define
class SpeakerTrack:
    """Attributes:
    id (str):
    media_ref (DubbingMediaReference):
    speaker_name (str):
    voices (SpeakerTrackVoices):
    segments (list[str]):
    """

    id: str

    media_ref: DubbingMediaReference

    speaker_name: str

    voices: SpeakerTrackVoices

    segments: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        media_ref: Any
        try:
            media_ref = self.media_ref.to_dict()
        except (AttributeError, TypeError):
            media_ref = self.media_ref

        speaker_name = self.speaker_name

        voices: Any
        try:
            voices = self.voices.to_dict()
        except (AttributeError, TypeError):
            voices = self.voices

        segments: Any
        try:
            segments = self.segments

        except (AttributeError, TypeError):
            segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None:
            field_dict["id"] = id
        if media_ref is not None:
            field_dict["media_ref"] = media_ref
        if speaker_name is not None:
            field_dict["speaker_name"] = speaker_name
        if voices is not None:
            field_dict["voices"] = voices
        if segments is not None:
            field_dict["segments"] = segments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        media_ref_raw = d.pop("media_ref", MISSING)
        if media_ref_raw is MISSING:
            media_ref_raw = missing_field(cls, "media_ref")
        try:
            media_ref = DubbingMediaReference.from_dict(media_ref_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            media_ref = deviating_field(cls, "media_ref", media_ref_raw)

        speaker_name = d.pop("speaker_name", MISSING)
        if speaker_name is MISSING:
            speaker_name = missing_field(cls, "speaker_name")

        voices_raw = d.pop("voices", MISSING)
        if voices_raw is MISSING:
            voices_raw = missing_field(cls, "voices")
        try:
            voices = SpeakerTrackVoices.from_dict(voices_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

        segments_raw = d.pop("segments", MISSING)
        if segments_raw is MISSING:
            segments_raw = missing_field(cls, "segments")
        try:
            segments = cast(list[str], segments_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            segments = deviating_field(cls, "segments", segments_raw)

        speaker_track = cls(
            id=id,
            media_ref=media_ref,
            speaker_name=speaker_name,
            voices=voices,
            segments=segments,
        )
        speaker_track.additional_properties = d
        return speaker_track

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
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.speaker_track_voices import SpeakerTrackVoices
