from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.song_section import SongSection
