from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    deviating_field,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if media_ref is not None or "media_ref" not in self._missing_fields:
            field_dict["media_ref"] = media_ref
        if speaker_name is not None or "speaker_name" not in self._missing_fields:
            field_dict["speaker_name"] = speaker_name
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
        if segments is not None or "segments" not in self._missing_fields:
            field_dict["segments"] = segments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        media_ref_raw = d.pop("media_ref", MISSING)
        if media_ref_raw is MISSING:
            media_ref = missing_field(cls, "media_ref")
            _missing += ("media_ref",)
        else:
            try:
                media_ref = DubbingMediaReference.from_dict(media_ref_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                media_ref = deviating_field(cls, "media_ref", media_ref_raw)

        speaker_name = d.pop("speaker_name", MISSING)
        if speaker_name.__class__ is not str:
            if speaker_name is MISSING:
                speaker_name = missing_field(cls, "speaker_name")
                _missing += ("speaker_name",)
            else:
                speaker_name = unexpected_type(cls, "speaker_name", speaker_name, "a string")

        voices_raw = d.pop("voices", MISSING)
        if voices_raw is MISSING:
            voices = missing_field(cls, "voices")
            _missing += ("voices",)
        else:
            try:
                voices = SpeakerTrackVoices.from_dict(voices_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                voices = deviating_field(cls, "voices", voices_raw)

        segments = d.pop("segments", MISSING)
        if segments.__class__ is not list:
            if segments is MISSING:
                segments = missing_field(cls, "segments")
                _missing += ("segments",)
            else:
                segments = unexpected_type(cls, "segments", segments, "an array")
        elif segments.__class__ is list and segments:
            check_items(cls, "segments", segments, (str,), "a string")

        speaker_track = cls(
            id=id,
            media_ref=media_ref,
            speaker_name=speaker_name,
            voices=voices,
            segments=segments,
        )
        if _missing:
            speaker_track._missing_fields = _missing
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
