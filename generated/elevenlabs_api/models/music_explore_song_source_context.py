from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="MusicExploreSongSourceContext")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class MusicExploreSongSourceContext(Lazy):
    """Attributes:
    music_explore_song_id (str):
    source_type (Literal['music_explore_song'] | Unset):  Default: 'music_explore_song'.
    title (None | str | Unset):
    description (None | str | Unset):
    bpm (int | None | Unset):
    vocals (None | str | Unset):
    lyrics (None | str | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("music_explore_song_id",)
    _tags: ClassVar[tuple[str, ...]] = ("source_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "music_explore_song")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        music_explore_song_id = self.music_explore_song_id

        source_type = self.source_type

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        bpm: Any
        try:
            bpm = self.bpm

        except (AttributeError, TypeError):
            bpm = self.bpm

        vocals: Any
        try:
            vocals = self.vocals

        except (AttributeError, TypeError):
            vocals = self.vocals

        lyrics: Any
        try:
            lyrics = self.lyrics

        except (AttributeError, TypeError):
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if music_explore_song_id is not None or "music_explore_song_id" not in self._missing_fields:
            field_dict["music_explore_song_id"] = music_explore_song_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if vocals is not UNSET:
            field_dict["vocals"] = vocals
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        music_explore_song_source_context = cls.__new__(cls)
        music_explore_song_source_context.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return music_explore_song_source_context

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


def _read_source_type(cls: type[MusicExploreSongSourceContext], d: Mapping[str, Any]) -> Any:
    source_type_raw = d.get("source_type", UNSET)
    source_type = cast(Literal["music_explore_song"] | Unset, source_type_raw)
    if source_type != "music_explore_song" and not isinstance(source_type, Unset):
        raise ValueError(f"source_type must match const 'music_explore_song', got '{source_type}'")

    return source_type


_read_music_explore_song_id = plain_reader("music_explore_song_id", (str,), "a string", True)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_bpm = plain_reader(
    "bpm",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_vocals = plain_reader(
    "vocals",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_lyrics = plain_reader(
    "lyrics",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "music_explore_song_id",
        "source_type",
        "title",
        "description",
        "bpm",
        "vocals",
        "lyrics",
    )
)


def _read_additional_properties(cls: type[MusicExploreSongSourceContext], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[MusicExploreSongSourceContext], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source_type" in known:
        source_type = known["source_type"]
    else:
        source_type = d.get("source_type", UNSET)
        if source_type is not UNSET:
            source_type = _read_source_type(cls, d)

    music_explore_song_id = d.get("music_explore_song_id", MISSING)
    if music_explore_song_id.__class__ is not str:
        music_explore_song_id = _read_music_explore_song_id(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    bpm = d.get("bpm", UNSET)
    if bpm.__class__ is not int and bpm is not None and bpm is not UNSET:
        bpm = _read_bpm(cls, d)

    vocals = d.get("vocals", UNSET)
    if vocals.__class__ is not str and vocals is not None and vocals is not UNSET:
        vocals = _read_vocals(cls, d)

    lyrics = d.get("lyrics", UNSET)
    if lyrics.__class__ is not str and lyrics is not None and lyrics is not UNSET:
        lyrics = _read_lyrics(cls, d)

    return {
        "music_explore_song_id": music_explore_song_id,
        "source_type": source_type,
        "title": title,
        "description": description,
        "bpm": bpm,
        "vocals": vocals,
        "lyrics": lyrics,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    MusicExploreSongSourceContext,
    _all_fields,
    {
        "music_explore_song_id": _read_music_explore_song_id,
        "source_type": _read_source_type,
        "title": _read_title,
        "description": _read_description,
        "bpm": _read_bpm,
        "vocals": _read_vocals,
        "lyrics": _read_lyrics,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
