from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class MusicPrompt(Lazy, AdditionalProperties[Any]):
    """Composition plan for the `music_v1` model. Using this field with any other model will result in an error.

    Example:
        {'negative_global_styles': ['metal', 'hip-hop', 'country'], 'positive_global_styles': ['pop', 'rock', 'jazz'],
        'sections': [{'duration_ms': 10000, 'lines': ['Verse 1 lyrics'], 'negative_local_styles': ['metal', 'hip-hop',
        'country'], 'positive_local_styles': ['pop', 'rock', 'jazz'], 'section_name': 'Verse 1'}]}

    Attributes:
        positive_global_styles: The styles and musical directions that should be present in the entire song. Use English
            language for best result.
        negative_global_styles: The styles and musical directions that should not be present in the entire song. Use
            English language for best result.
        sections: The sections of the song.
    """

    positive_global_styles: list[str]

    negative_global_styles: list[str]

    sections: list[SongSection]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("positive_global_styles", "positive_global_styles", list_of(STR), required=True),
        Field("negative_global_styles", "negative_global_styles", list_of(STR), required=True),
        Field("sections", "sections", list_of(object_of("SongSection")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SectionSource(Lazy, AdditionalProperties[Any]):
    """Attributes:
    song_id: The ID of the song to source the section from. You can find the song ID in the response headers when
        you generate a song.
    negative_ranges: The ranges to exclude from the 'range'.
    """

    song_id: str

    range_: TimeRange

    negative_ranges: list[TimeRange] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field("range_", "range", object_of("TimeRange"), required=True),
        Field("negative_ranges", "negative_ranges", list_of(object_of("TimeRange"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SongSection(Lazy, AdditionalProperties[Any]):
    """Attributes:
    section_name: The name of the section. Must be between 1 and 100 characters.
    positive_local_styles: The styles and musical directions that should be present in this section. Use English
        language for best result.
    negative_local_styles: The styles and musical directions that should not be present in this section. Use English
        language for best result.
    duration_ms: The duration of the section in milliseconds. Must be between 3000ms and 120000ms.
    lines: The lyrics of the section. Max 30 lines per section and max 200 characters per line.
    source_from: Optional source to extract the section from. Used for inpainting.
    """

    section_name: str

    positive_local_styles: list[str]

    negative_local_styles: list[str]

    duration_ms: int

    lines: list[str]

    source_from: None | SectionSource | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("section_name", "section_name", STR, required=True),
        Field("positive_local_styles", "positive_local_styles", list_of(STR), required=True),
        Field("negative_local_styles", "negative_local_styles", list_of(STR), required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("lines", "lines", list_of(STR), required=True),
        Field("source_from", "source_from", union(object_of("SectionSource"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.time_range import TimeRange
