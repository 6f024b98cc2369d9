from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    union,
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
