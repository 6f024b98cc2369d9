from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class MusicExploreSongSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'music_explore_song'.
    """

    music_explore_song_id: str

    source_type: Literal["music_explore_song"] | Unset = _attrs_field(
        default="music_explore_song",
        kw_only=True,
        validator=types.tag("MusicExploreSongSourceContext", "source_type", "music_explore_song"),
    )

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    bpm: int | None | Unset = UNSET

    vocals: None | str | Unset = UNSET

    lyrics: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("music_explore_song_id", "music_explore_song_id", STR, required=True),
        Field("source_type", "source_type", const("music_explore_song")),
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("bpm", "bpm", union(INT, NULL)),
        Field("vocals", "vocals", union(STR, NULL)),
        Field("lyrics", "lyrics", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
