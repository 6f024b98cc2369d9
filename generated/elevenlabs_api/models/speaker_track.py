from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        media_ref = self.media_ref.to_dict()

        speaker_name = self.speaker_name

        voices = self.voices.to_dict()

        segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["media_ref"] = media_ref
        field_dict["speaker_name"] = speaker_name
        field_dict["voices"] = voices
        field_dict["segments"] = segments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        media_ref = DubbingMediaReference.from_dict(d.pop("media_ref"))

        speaker_name = d.pop("speaker_name")

        voices = SpeakerTrackVoices.from_dict(d.pop("voices"))

        segments = cast(list[str], d.pop("segments"))

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
