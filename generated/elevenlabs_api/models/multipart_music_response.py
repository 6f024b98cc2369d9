from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    FILE,
    AdditionalProperties,
    Field,
    File,
    Lazy,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class MultipartMusicResponse(Lazy, AdditionalProperties[Any]):
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
        metadata: Response model for structured music generation endpoint Example: {'composition_plan':
            {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles': ['pop', 'rock', 'jazz'],
            'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'], 'negative_local_styles': ['metal', 'hip-hop',
            'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'], 'section_name': 'Verse 1'}]}, 'song_metadata':
            {'description': 'My Song Description', 'genres': ['pop', 'rock', 'jazz'], 'is_explicit': False, 'languages':
            ['en', 'fr'], 'title': 'My Song'}, 'words_timestamps': [{'end_ms': 1000, 'start_ms': 0, 'word': 'Verse'},
            {'end_ms': 2000, 'start_ms': 1000, 'word': '1'}, {'end_ms': 3000, 'start_ms': 2000, 'word': 'lyrics'}]}.
        audio: Binary audio data in the requested format
    """

    metadata: DetailedMusicResponse

    audio: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("metadata", "metadata", object_of("DetailedMusicResponse"), required=True),
        Field("audio", "audio", FILE, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.detailed_music_response import DetailedMusicResponse
