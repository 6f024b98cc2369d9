from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AudioResponseAudioEvent")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioResponseAudioEvent(Lazy):
    """Audio event data

    Attributes:
        audio_base_64 (str | Unset): Base64-encoded audio data of agent's speech.
        event_id (int | Unset): Sequential identifier for the audio chunk.
        alignment (AudioEventAlignment | Unset): When each character of the agent's text is spoken in this audio chunk.
    """

    audio_base_64: str | Unset = UNSET

    event_id: int | Unset = UNSET

    alignment: AudioEventAlignment | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        audio_base_64 = self.audio_base_64

        event_id = self.event_id

        alignment: Any
        try:
            alignment = UNSET
            if not isinstance(self.alignment, Unset):
                alignment = self.alignment.to_dict()
        except (AttributeError, TypeError):
            alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_base_64 is not UNSET:
            field_dict["audio_base_64"] = audio_base_64
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        audio_response_audio_event = cls.__new__(cls)
        audio_response_audio_event.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return audio_response_audio_event

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


_read_audio_base_64 = plain_reader("audio_base_64", (str,), "a string", False)

_read_event_id = plain_reader("event_id", (int,), "an integer", False)


def _read_alignment(cls: type[AudioResponseAudioEvent], d: Mapping[str, Any]) -> Any:
    alignment_raw = d.get("alignment", UNSET)
    try:
        _alignment = alignment_raw
        alignment: AudioEventAlignment | Unset
        if isinstance(_alignment, Unset):
            alignment = UNSET
        else:
            alignment = AudioEventAlignment.from_dict(_alignment)
    except (KeyError, TypeError, ValueError, AttributeError):
        alignment = deviating_field(cls, "alignment", alignment_raw)

    return alignment


_FIELDS: frozenset[str] = frozenset(
    (
        "audio_base_64",
        "event_id",
        "alignment",
    )
)


def _read_additional_properties(cls: type[AudioResponseAudioEvent], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AudioResponseAudioEvent], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    audio_base_64 = d.get("audio_base_64", UNSET)
    if audio_base_64.__class__ is not str and audio_base_64 is not UNSET:
        audio_base_64 = _read_audio_base_64(cls, d)

    event_id = d.get("event_id", UNSET)
    if event_id.__class__ is not int and event_id is not UNSET:
        event_id = _read_event_id(cls, d)

    if "alignment" in known:
        alignment = known["alignment"]
    else:
        alignment = d.get("alignment", UNSET)
        if alignment is not UNSET:
            alignment = _read_alignment(cls, d)

    return {
        "audio_base_64": audio_base_64,
        "event_id": event_id,
        "alignment": alignment,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AudioResponseAudioEvent,
    _all_fields,
    {
        "audio_base_64": _read_audio_base_64,
        "event_id": _read_event_id,
        "alignment": _read_alignment,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.audio_event_alignment import AudioEventAlignment
