from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, FILE, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import File


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


@_attrs_define(slots=False)
class DetailedMusicResponse(Lazy, AdditionalProperties[Any]):
    """Response model for structured music generation endpoint

    Example:
        {'composition_plan': {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles':
        ['pop', 'rock', 'jazz'], 'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'],
        'negative_local_styles': ['metal', 'hip-hop', 'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'],
        'section_name': 'Verse 1'}]}, 'song_metadata': {'description': 'My Song Description', 'genres': ['pop', 'rock',
        'jazz'], 'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'}, 'words_timestamps': [{'end_ms':
        1000, 'start_ms': 0, 'word': 'Verse'}, {'end_ms': 2000, 'start_ms': 1000, 'word': '1'}, {'end_ms': 3000,
        'start_ms': 2000, 'word': 'lyrics'}]}

    Attributes:
        composition_plan: The composition plan used to generate the song
        song_metadata:  Example: {'description': 'My Song Description', 'genres': ['pop', 'rock', 'jazz'],
            'is_explicit': False, 'languages': ['en', 'fr'], 'title': 'My Song'}.
        words_timestamps: The timestamps of the words in the generated song
    """

    composition_plan: CompositionPlan | MusicPrompt

    song_metadata: SongMetadata

    words_timestamps: list[WordTimestamp] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "composition_plan",
            "composition_plan",
            union(object_of("MusicPrompt"), object_of("CompositionPlan")),
            required=True,
        ),
        Field("song_metadata", "song_metadata", object_of("SongMetadata"), required=True),
        Field("words_timestamps", "words_timestamps", union(list_of(object_of("WordTimestamp")), NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SongMetadata(Lazy, AdditionalProperties[Any]):
    """Example:
        {'description': 'My Song Description', 'genres': ['pop', 'rock', 'jazz'], 'is_explicit': False, 'languages':
        ['en', 'fr'], 'title': 'My Song'}

    Attributes:
        title: The title of the song
        description: The description of the song
        genres: The genres of the song
        languages: The languages of the song
        is_explicit: Whether the song is explicit
    """

    title: None | str = _attrs_field(default=None, kw_only=True)

    description: None | str = _attrs_field(default=None, kw_only=True)

    genres: list[str]

    languages: list[str]

    is_explicit: bool | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", union(STR, NULL), required=True),
        Field("description", "description", union(STR, NULL), required=True),
        Field("genres", "genres", list_of(STR), required=True),
        Field("languages", "languages", list_of(STR), required=True),
        Field("is_explicit", "is_explicit", union(BOOL, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.composition_plan import CompositionPlan
from ..models.music_prompt import MusicPrompt
from ..models.word_timestamp import WordTimestamp
