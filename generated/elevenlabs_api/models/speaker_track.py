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
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeakerTrack")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeakerTrack(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "media_ref",
        "speaker_name",
        "voices",
        "segments",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speaker_track = cls.__new__(cls)
        speaker_track.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_id = plain_reader("id", (str,), "a string", True)


def _read_media_ref(cls: type[SpeakerTrack], d: Mapping[str, Any]) -> Any:
    media_ref_raw = d.get("media_ref", MISSING)
    if media_ref_raw is MISSING:
        media_ref = missing_field(cls, "media_ref")
    else:
        try:
            media_ref = DubbingMediaReference.from_dict(media_ref_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            media_ref = deviating_field(cls, "media_ref", media_ref_raw)

    return media_ref


_read_speaker_name = plain_reader("speaker_name", (str,), "a string", True)


def _read_voices(cls: type[SpeakerTrack], d: Mapping[str, Any]) -> Any:
    voices_raw = d.get("voices", MISSING)
    if voices_raw is MISSING:
        voices = missing_field(cls, "voices")
    else:
        try:
            voices = SpeakerTrackVoices.from_dict(voices_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

    return voices


_read_segments = plain_reader("segments", (list,), "an array", True, ((str,), "a string"))


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "media_ref",
        "speaker_name",
        "voices",
        "segments",
    )
)


def _read_additional_properties(cls: type[SpeakerTrack], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeakerTrack], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    if "media_ref" in known:
        media_ref = known["media_ref"]
    else:
        media_ref = _read_media_ref(cls, d)

    speaker_name = d.get("speaker_name", MISSING)
    if speaker_name.__class__ is not str:
        speaker_name = _read_speaker_name(cls, d)

    if "voices" in known:
        voices = known["voices"]
    else:
        voices = _read_voices(cls, d)

    segments = d.get("segments", MISSING)
    if segments.__class__ is not list:
        segments = _read_segments(cls, d)
    elif segments.__class__ is list and segments:
        check_items(cls, "segments", segments, (str,), "a string")

    return {
        "id": id,
        "media_ref": media_ref,
        "speaker_name": speaker_name,
        "voices": voices,
        "segments": segments,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeakerTrack,
    _all_fields,
    {
        "id": _read_id,
        "media_ref": _read_media_ref,
        "speaker_name": _read_speaker_name,
        "voices": _read_voices,
        "segments": _read_segments,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_media_reference import DubbingMediaReference
from ..models.speaker_track_voices import SpeakerTrackVoices
