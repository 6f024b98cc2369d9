from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
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
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class SongSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'song'.
    """

    song_id: str

    source_type: Literal["song"] | Unset = _attrs_field(
        default="song",
        kw_only=True,
        validator=types.tag("SongSourceContext", "source_type", "song"),
    )

    chat_id: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | Unset = UNSET

    languages: list[str] | Unset = UNSET

    is_explicit: bool | None | Unset = UNSET

    bpm: int | None | Unset = UNSET

    generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field("source_type", "source_type", const("song")),
        Field("chat_id", "chat_id", union(STR, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("genres", "genres", list_of(STR)),
        Field("languages", "languages", list_of(STR)),
        Field("is_explicit", "is_explicit", union(BOOL, NULL)),
        Field("bpm", "bpm", union(INT, NULL)),
        Field(
            "generation_settings",
            "generation_settings",
            union(object_of("SongSourceContextGenerationSettingsType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.song_source_context_generation_settings_type_0 import SongSourceContextGenerationSettingsType0
