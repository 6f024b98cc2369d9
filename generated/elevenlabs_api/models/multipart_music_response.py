from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import File

T = TypeVar("T", bound="MultipartMusicResponse")


@_attrs_define
class MultipartMusicResponse:
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

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        audio = self.audio.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["metadata"] = metadata
        field_dict["audio"] = audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metadata = DetailedMusicResponse.from_dict(d.pop("metadata"))

        audio = File(payload=BytesIO(d.pop("audio")))

        multipart_music_response = cls(
            metadata=metadata,
            audio=audio,
        )
        multipart_music_response.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.detailed_music_response import DetailedMusicResponse
