from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    File,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MultipartMusicResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MultipartMusicResponse(Lazy):
    """Multipart response structure with JSON metadata and binary audio

    Example:
        {'audio': '[binary audio data]', 'metadata': {'composition_plan': {'negative_global_styles': ['metal', 'hip-
        hop', 'country'], 'positive_global_styles': ['pop', 'rock', 'jazz'], 'sections': [{'duration_ms': 10000,
        'lines': ['Verse 1 lyrics'], 'negative_local_styles': ['metal', 'hip-hop', 'country'], 'positive_local_styles':
        ['pop', 'rock', 'jazz'], 'section_name': 'Verse 1'}]}, 'song_metadata': {'description': 'My Song Description',
        'genres': ['pop', 'rock', 'jazz'], 'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'},
        'words_timestamps': [{'end_ms': 1000, 'start_ms': 0, 'word': 'Verse'}, {'end_ms': 2000, 'start_ms': 1000,
        'word': '1'}, {'end_ms': 3000, 'start_ms': 2000, 'word': 'lyrics'}]}}

    Attributes:
        metadata (DetailedMusicResponse): Response model for structured music generation endpoint Example:
            {'composition_plan': {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles':
            ['pop', 'rock', 'jazz'], 'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'],
            'negative_local_styles': ['metal', 'hip-hop', 'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'],
            'section_name': 'Verse 1'}]}, 'song_metadata': {'description': 'My Song Description', 'genres': ['pop', 'rock',
            'jazz'], 'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'}, 'words_timestamps': [{'end_ms':
            1000, 'start_ms': 0, 'word': 'Verse'}, {'end_ms': 2000, 'start_ms': 1000, 'word': '1'}, {'end_ms': 3000,
            'start_ms': 2000, 'word': 'lyrics'}]}.
        audio (File): Binary audio data in the requested format
    """

    metadata: DetailedMusicResponse

    audio: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "metadata",
        "audio",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        audio: Any
        try:
            audio = self.audio.to_tuple()

        except (AttributeError, TypeError):
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if audio is not None or "audio" not in self._missing_fields:
            field_dict["audio"] = audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        multipart_music_response = cls.__new__(cls)
        multipart_music_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return multipart_music_response

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


def _read_metadata(cls: type[MultipartMusicResponse], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = DetailedMusicResponse.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


def _read_audio(cls: type[MultipartMusicResponse], d: Mapping[str, Any]) -> Any:
    audio_raw = d.get("audio", MISSING)
    if audio_raw is MISSING:
        audio = missing_field(cls, "audio")
    else:
        try:
            audio = File(payload=BytesIO(audio_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            audio = deviating_field(cls, "audio", audio_raw)

    return audio


_FIELDS: frozenset[str] = frozenset(
    (
        "metadata",
        "audio",
    )
)


def _read_additional_properties(cls: type[MultipartMusicResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[MultipartMusicResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    if "audio" in known:
        audio = known["audio"]
    else:
        audio = _read_audio(cls, d)

    return {
        "metadata": metadata,
        "audio": audio,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MultipartMusicResponse,
    _all_fields,
    {
        "metadata": _read_metadata,
        "audio": _read_audio,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.detailed_music_response import DetailedMusicResponse
